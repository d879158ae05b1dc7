//! A scenario (the pair of funnels under a name) and its versioned JSON form.
