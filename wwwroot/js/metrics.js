// The Quality of Life metrics in the page's language, from the catalogue the server shares: data.property.<name> is
// the Explorer's own title (English) and its translation, metric.<name>.value the value with its unit. A metric the
// catalogue does not know keeps the title the API sent and a bare number.
import { has, t } from './i18n.js';

export const metricTitle = (metric) => (has(`data.property.${metric.name}`) ? t(`data.property.${metric.name}`) : metric.title);

export const metricValue = (metric, number) => (has(`metric.${metric.name}.value`) ? t(`metric.${metric.name}.value`, { value: number }) : number);
