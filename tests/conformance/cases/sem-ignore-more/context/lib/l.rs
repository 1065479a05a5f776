lib/l.rs
