src/top.go
