sub/e.go
