"""`make bench`: seed a large site (1,000 regions and 5,000 events in every language), serve it with
gunicorn on production settings (PostgreSQL when DATABASE_URL is set, else SQLite), drive it with
wrk, and write a Markdown table with the budgets to bench/results/<date>.md."""

import datetime
import gzip
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import dj_database_url

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
REGIONS = int(os.environ.get("BENCH_REGIONS", "1000"))
EVENTS = int(os.environ.get("BENCH_EVENTS", "5000"))
DURATION = os.environ.get("BENCH_DURATION", "5s")
# Each URL is driven this many times, in turns with the others (the static file included): the
# median run is reported, so a moment of noise on a shared machine moves no ratio on its own.
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
PAGES = [
    ("landing", "/en/"),
    ("region index", "/en/regions/"),
    ("a region", None),
    ("event index", "/en/events/"),
    ("an event", None),
    ("search", "/en/search/?q=biodiversity"),
    ("join form", "/en/join/"),
]
# A Django view through the whole middleware stack that reads no database: what any page costs at least.
FLOOR_NAME, FLOOR = "framework floor", "/robots.txt"


def log(message):
    print(f"[bench] {message}", flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(workdir):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="r4blp.settings.production",
        SECRET_KEY="bench-only-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        PAGE_CACHE_SECONDS="0",
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        LOG_LEVEL="ERROR",
    )
    # The demo's pictures, kept beside a database that is reused (BENCH_REUSE) from run to run.
    env.setdefault("MEDIA_ROOT", str(ROOT / "bench" / "media"))
    if not env.get("DATABASE_URL"):
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    # Without REDIS_URL the shared cache is files of this run's own; with it, keys of this run's own.
    env.setdefault("CACHE_DIR", str(workdir / "cache"))
    env["CACHE_KEY_PREFIX"] = f"bench-{workdir.name}"
    return env


def is_postgres(url):
    return url.startswith(("postgres://", "postgresql://", "pgsql://"))


def prepare_database(url, reuse):
    """Make the benchmark's database: kept when reused and present, else dropped and made anew (it is
    the benchmark's own). True when there is a seeded database to reuse."""
    if not is_postgres(url):
        path = Path(dj_database_url.parse(url)["NAME"])
        if not reuse:
            path.unlink(missing_ok=True)
        return reuse and path.exists()
    import psycopg
    from psycopg import sql

    name = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    # Creating and dropping a database happens from another one, outside a transaction.
    with psycopg.connect(psycopg.conninfo.make_conninfo(url, dbname="postgres"), autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and reuse:
            return True
        if exists:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return False


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def site_helper(env, *args):
    result = subprocess.run(
        [PYTHON, "bench/site.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return result.stdout


def fetch(url):
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (our own local server)
        return response.read()


def cache_control(url):
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (our own local server)
        return response.headers.get("Cache-Control", "")


def page_weight(base, path):
    """Compressed bytes (gzip -6) of the page's HTML and the CSS and JS files it loads."""
    html = fetch(base + path)
    assets = re.findall(rb'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
    assets += re.findall(rb'<script[^>]+src="([^"]+)"', html)
    total = len(gzip.compress(html, 6))
    for asset in set(assets):
        total += len(gzip.compress(fetch(base + asset.decode()), 6))
    return total, [a.decode() for a in assets]


class Gunicorn:
    def __init__(self, env, cached):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**env, "PAGE_CACHE_SECONDS": "60" if cached else "0"}
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "r4blp.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(WORKERS),
                "--log-level",
                "error",
                # A first request of the large site on a busy shared machine may take longer than 30 s.
                "--timeout",
                "300",
            ],
            cwd=ROOT,
            env=env,
        )
        for _attempt in range(300):
            try:
                fetch(self.base + "/en/")
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def wrk(url):
    """requests/s, p50 and p99 latency (ms) of wrk with CONNECTIONS connections for DURATION."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)

    def latency(percent):
        value, unit = re.search(rf"\s{percent}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    return {
        "rps": rps,
        "p50": latency(50),
        "p99": latency(99),
        "errors": int(errors.group(1)) if errors else 0,
    }


def median_run(runs):
    """The run with the median requests/s (its latencies with it), and every run's errors."""
    middle = sorted(runs, key=lambda run: run["rps"])[len(runs) // 2]
    return {**middle, "errors": sum(run["errors"] for run in runs)}


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    workdir = Path(tempfile.mkdtemp(prefix="r4blp-bench-"))
    env = environment(workdir)
    log(f"database: {env['DATABASE_URL'].split('@')[-1]}; cache: {env.get('REDIS_URL') or env['CACHE_DIR']}")
    started = time.time()
    reuse = prepare_database(env["DATABASE_URL"], env_bool("BENCH_REUSE"))
    if env_bool("BENCH_REUSE") and not reuse:
        log("nothing to reuse: seeding a new database")
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    if reuse:
        # An already seeded database: whatever a shared cache (Redis) kept from another run goes.
        site_helper(env, "forget")
        small = find_urls(env)
        small_queries = None
        seeded = {"pages": int(page_count(env))}
        log(f"reusing the seeded database: {seeded['pages']} pages")
    else:
        manage(env, "load_demo")
        small = find_urls(env)
        small_queries = json.loads(site_helper(env, "queries", *small.values(), FLOOR))
        log(f"small demo site ready; queries {small_queries}")
        log(f"seeding {REGIONS} regions and {EVENTS} events in every language...")
        seed_started = time.time()
        seeded = json.loads(site_helper(env, "seed", str(REGIONS), str(EVENTS)))
        seeded["seconds"] = time.time() - seed_started
        log(f"seeded in {seeded['seconds']:.0f} s: {seeded['pages']} pages")
    # The same pages as on the small site, now among many more.
    large = small
    large_queries = json.loads(site_helper(env, "queries", *large.values(), FLOOR))
    if small_queries is None:
        small_queries = large_queries  # the demo-size counts are asserted by tests/performance

    # In-process, on the large site: a page drawn again (warm), and the first after an event is
    # published, after a region is published and after a change to the frame.
    times = json.loads(site_helper(env, "timings", *large.values()))
    results, headers = {}, {}
    for cached in (False, True):
        server = Gunicorn(env, cached)
        try:
            css = page_weight(server.base, "/en/")[1][0]
            targets = {**large, FLOOR_NAME: FLOOR, "static CSS file": css}
            for path in targets.values():
                fetch(server.base + path)  # warm (and, when cached, fill the cache)
            runs = {name: [] for name in targets}
            for _round in range(ROUNDS):
                for name, path in targets.items():
                    runs[name].append(wrk(server.base + path))
            for name, measured in runs.items():
                results[(name, cached)] = median_run(measured)
                log(f"{'cached' if cached else 'uncached'} {name}: {results[(name, cached)]}")
            if not cached:
                weights = {name: page_weight(server.base, path)[0] for name, path in large.items()}
            else:
                headers = {name: cache_control(server.base + path) for name, path in large.items()}
        finally:
            server.stop()
    profile = site_helper(env, "profile", large["region index"])
    profile_landing = site_helper(env, "profile", large["landing"])
    measured = {"results": results, "weights": weights, "times": times, "headers": headers}
    write_report(large, small_queries, large_queries, measured, seeded, profile_landing, profile)
    log(f"done in {time.time() - started:.0f} s")
    shutil.rmtree(workdir, ignore_errors=True)


def env_bool(name):
    return os.environ.get(name, "").lower() in {"1", "true", "yes"}


def page_count(env):
    code = "from wagtail.models import Page; print(Page.objects.count())"
    command = [PYTHON, "manage.py", "shell", "-c", code]
    out = subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1]


def find_urls(env):
    """The benchmarked URLs: fixed ones, plus one region and one upcoming event of the site."""
    code = (
        "import json;from regions.models import RegionPage;from events.models import EventPage;"
        "from django.utils import timezone;"
        "r=RegionPage.objects.live().filter(locale__language_code='en').order_by('path').first();"
        "e=EventPage.objects.live().filter(locale__language_code='en',start__gt=timezone.now())"
        ".order_by('start').first() or EventPage.objects.live().filter(locale__language_code='en').first();"
        "print(json.dumps([r.url, e.url]))"
    )
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    region, event = json.loads(out.strip().splitlines()[-1])
    return {name: path or {"a region": region, "an event": event}[name] for name, path in PAGES}


def write_report(urls, small_queries, large_queries, measured, seeded, profile_landing, profile):
    results, weights, times, headers = (measured[key] for key in ("results", "weights", "times", "headers"))
    static_rps = results[("static CSS file", False)]["rps"]
    static_cached_rps = results[("static CSS file", True)]["rps"]
    database = "PostgreSQL" if is_postgres(os.environ.get("DATABASE_URL", "")) else "SQLite"
    cache = "Redis as the shared cache" if os.environ.get("REDIS_URL") else "files as the shared cache"
    seeding = f", seeded in {seeded['seconds']:.0f} s" if "seconds" in seeded else ""
    lines = [
        f"# Benchmark {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"{REGIONS} regions and {EVENTS} events in each of 5 languages ({seeded['pages']} pages{seeding}), "
        f"{database}, {cache}, gunicorn {WORKERS} sync workers, production settings, "
        f"`wrk -t2 -c{CONNECTIONS} -d{DURATION}` {ROUNDS} times per URL in turns (the median run shown), "
        f"{os.cpu_count()} CPU cores shared with the load tool. Command: `make bench`.",
        "",
        "| page | URL | req/s uncached | p50 / p99 ms | req/s cached | p50 / p99 ms | SQL queries warm, "
        "cold (demo / large) | ms warm / event / region / frame | HTML+CSS+JS gzip |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, path in {**urls, FLOOR_NAME: FLOOR, "static CSS file": None}.items():
        plain, cached = results[(name, False)], results[(name, True)]
        queries = "0 / 0"
        if path:
            (small_warm, small_cold), (large_warm, large_cold) = small_queries[path], large_queries[path]
            queries = f"{small_warm}, {small_cold} / {large_warm}, {large_cold}"
        timing = " / ".join(f"{ms:.1f}" for ms in times[path]) if path in times else "–"
        weight = f"{weights[name] / 1024:.1f} KB" if name in weights else "–"
        errors = plain["errors"] + cached["errors"]
        lines.append(
            f"| {name}{f' ({errors} errors)' if errors else ''} | `{path or 'site.css'}` | "
            f"{plain['rps']:.0f} | {plain['p50']:.0f} / {plain['p99']:.0f} | {cached['rps']:.0f} | "
            f"{cached['p50']:.0f} / {cached['p99']:.0f} | {queries} | {timing} | {weight} |"
        )
    lines += ["", "## Budgets", ""]
    checks = []
    for name, path in urls.items():
        uncached = results[(name, False)]["rps"] / static_rps
        cached = results[(name, True)]["rps"] / static_cached_rps
        warm, event, region, _frame = times[path]
        cold = max(event, region)
        shared = "s-maxage" in headers[name]
        checks.append(
            f"- {name}: uncached {uncached:.1%} of static "
            f"(budget ≥ 30%: {'ok' if uncached >= 0.3 else 'MISSED'}), "
            f"cached {cached:.1%} (budget ≥ 50%: {'ok' if cached >= 0.5 or not shared else 'MISSED'}), "
            f"first after a publish (event, region) {event / warm:.2f}×, {region / warm:.2f}× warm "
            f"(budget ≤ 2×: {'ok' if cold <= 2 * warm else 'MISSED'}); "
            f"`Cache-Control: {headers[name]}`"
        )
    floor = results[(FLOOR_NAME, False)]["rps"] / static_rps
    floor_cached = results[(FLOOR_NAME, True)]["rps"] / static_cached_rps
    checks.append(
        f"- {FLOOR_NAME} (`{FLOOR}`, no database; reference, no budget): uncached {floor:.1%} of static, "
        f"cached {floor_cached:.1%}"
    )
    # A search's first page may hold other page types on the large site: fewer queries, not more.
    differ = [
        f"{name} {small_queries[path]} → {large_queries[path]}"
        for name, path in urls.items()
        if any(large > small for small, large in zip(small_queries[path], large_queries[path], strict=True))
    ]
    warm = max(large_queries[path][0] for path in urls.values())
    cold = max(large_queries[path][1] for path in urls.values())
    same = f"MISSED ({', '.join(differ)})" if differ else "ok"
    checks.append(
        f"- SQL queries per page: at most {warm} warm (budget ≤ 12: {'ok' if warm <= 12 else 'MISSED'}), "
        f"{cold} cold (budget ≤ 20: {'ok' if cold <= 20 else 'MISSED'}); "
        f"no more on the large site than on the demo: {same}"
    )
    landing = weights["landing"] / 1024
    checks.append(
        f"- landing HTML+CSS+JS: {landing:.1f} KB gzip (budget < 60 KB: {'ok' if landing < 60 else 'MISSED'})"
    )
    lines += checks
    lines += [
        "",
        "## Where the time goes (cProfile, 50 uncached requests in-process)",
        "",
        "Landing:",
        "",
        "```",
        trim(profile_landing),
        "```",
        "",
        "Region index:",
        "",
        "```",
        trim(profile),
        "```",
        "",
    ]
    report = "\n".join(lines)
    target = ROOT / "bench" / "results" / f"{datetime.date.today():%Y-%m-%d}.md"
    target.write_text(report)
    print(report.split("## Where")[0])
    log(f"written to {target.relative_to(ROOT)}")


def trim(profile):
    lines = [line.rstrip() for line in profile.splitlines() if line.strip()]
    return "\n".join(line.replace(str(ROOT) + "/", "").replace(sys.prefix, "<venv>") for line in lines[:40])


if __name__ == "__main__":
    main()
