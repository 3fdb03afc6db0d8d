-- GET the officer's queue page with the session cookie of motcua.ninhkieu.
wrk.headers["Cookie"] = os.getenv("OFFICER_COOKIE")
