"""What running tools needs: the model pool and its loaders, the content-addressed artifact
store, media reading and writing, and the tiny random-weight models used offline and in tests."""
