"""Reads every feature of OGC API - Features collections with QGIS's own OAPIF provider (the "OGC API - Features" data
source of QGIS Desktop), headless, and prints what QGIS holds as JSON lines: first {"collection", "fields": {name: QGIS
type}}, then one {"collection", "id", "properties": {name: value}} per feature, dates and date-times as ISO 8601 text.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 qgis_read.py BASE_URL COLLECTION...
"""
import json
import os
import sys

from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, Qt


def plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toUTC().toString(Qt.ISODateWithMs) + "Z"
    if isinstance(value, QDate):
        return value.toString(Qt.ISODate)
    if isinstance(value, (str, bool, int, float, dict, list)):
        return value
    return str(value)


def main(base, collections):
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    status = 0
    for collection in collections:
        layer = QgsVectorLayer(f"url='{base}' typename='{collection}'", collection, "OAPIF")
        if not layer.isValid():
            print(f"{collection}: QGIS cannot open it: {layer.error().summary()}", file=sys.stderr)
            status = 1
            continue
        fields = layer.fields()
        print(json.dumps({"collection": collection, "fields": {f.name(): f.typeName() for f in fields}}))
        for feature in layer.getFeatures():
            values = {f.name(): plain(feature[f.name()]) for f in fields}
            print(json.dumps({"collection": collection, "id": values.pop("id", None), "properties": values}))
    sys.stdout.flush()
    # QGIS 3.22 may crash while tearing down its providers at exit; what it read is already written.
    os._exit(status)


main(sys.argv[1], sys.argv[2:])
