src/sub/b.go
