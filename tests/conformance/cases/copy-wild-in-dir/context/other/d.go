other/d.go
