"""Tiny random-weight models of the real classes, built in code (no download), for the ``tiny`` profile.

- ``wan.build_wan_vace_pipeline``: ``WanVACEPipeline`` (WanVACE transformer, Wan VAE, UMT5 + tokenizer).
- ``qwen.build_qwen_vl``: ``Qwen2_5_VLForConditionalGeneration`` + an image/text processor (no torchvision).
- ``sd.save_tiny_sd``: a ``StableDiffusionPipeline`` / ``StableDiffusionInpaintPipeline`` checkpoint on disk,
  for testing the configurable diffusers image backends (``tools.<name>.backend``) on the real loading path.

Weights are seeded, so runs repeat; outputs are noise. Model ids: ``tiny:wan2.1-vace``, ``tiny:qwen2.5-vl``.
"""
