b.go
