"""Places: the shipped gazetteer, toponym recognition and resolution, GeoJSON and scoring."""
