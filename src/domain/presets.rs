//! Presets: the four stage models of PRODUCT.md and two ready example funnels.
