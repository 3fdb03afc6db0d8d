-- POST the portal's lookup form (code + phone, with the antiforgery pair fetched by load-check.sh).
wrk.method = "POST"
wrk.body = os.getenv("LOOKUP_FORM")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("LOOKUP_COOKIE")
