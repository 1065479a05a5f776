pkg2/main.go
