src/b.go
