//! A tiny HTTP responder standing for the Rocket backend (no crates offline).
use std::env;
use std::io::{Read, Write};
use std::net::TcpListener;

fn main() {
    let addr = env::var("ROCKET_ADDRESS").unwrap_or_else(|_| "0.0.0.0".to_string());
    let listener = TcpListener::bind((addr.as_str(), 8000)).expect("bind");
    for stream in listener.incoming() {
        let mut stream = match stream {
            Ok(s) => s,
            Err(_) => continue,
        };
        let mut buf = [0u8; 1024];
        let _ = stream.read(&mut buf);
        let body = "[{\"id\":1,\"name\":\"rust\"}]";
        let _ = write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{}",
            body.len(),
            body
        );
    }
}
