vendor/m/v.go
