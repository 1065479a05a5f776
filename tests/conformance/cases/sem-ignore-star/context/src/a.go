src/a.go
