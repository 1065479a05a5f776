pkg1/main.go
