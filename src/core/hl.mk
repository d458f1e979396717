## The highlight engine's part of src/core (hl*, gazetteer, data).
