src/x.go
