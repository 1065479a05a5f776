"""Fetch a page and print its status: the app the onbuild image runs."""
import sys

import requests


def main(url):
    resp = requests.get(url, timeout=10)
    print(resp.status_code, url)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://localhost/")
