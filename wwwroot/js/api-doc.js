// The service-doc page (api.html): Swagger UI, from swagger-ui-dist, showing this service's OpenAPI definition.

const status = document.getElementById('api-doc-status');

if (typeof window.SwaggerUIBundle !== 'function') {
  status.textContent = 'Could not load the API viewer. The definition itself is at /api.';
} else {
  window.SwaggerUIBundle({
    // Relative, so the page works under a path base as well as at /api.html and /api?f=html.
    url: new URL('api?f=json', document.baseURI).href,
    dom_id: '#api-doc',
    deepLinking: true,
    // No badge from a third-party validator: the page talks to this site only.
    validatorUrl: null,
    onComplete: () => status.remove(),
  });
}
