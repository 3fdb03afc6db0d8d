-- POST the public JSON lookup (code + phone in the body).
wrk.method = "POST"
wrk.body = os.getenv("LOOKUP_JSON")
wrk.headers["Content-Type"] = "application/json"
