a.sh
