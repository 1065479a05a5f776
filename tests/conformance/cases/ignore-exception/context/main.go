main.go
