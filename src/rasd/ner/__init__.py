"""Named-entity recognition: CoNLL data, token features, the CRF model, scoring and grouping."""
