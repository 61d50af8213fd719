#!/usr/bin/env python3
"""Turns a deploy file into the command line it would run, for tests/integration/deploy.sh.

  launch_spec.py unit UNIT_FILE INSTANCE ENV_FILE [NAME=VALUE ...]
      The argv of a systemd unit's ExecStart, as systemd builds it: continuation lines joined,
      %i replaced, Environment= and EnvironmentFile= applied (NAME=VALUE arguments override
      them, as `systemctl edit` would), ${VAR} expanded as one word and $VAR split on spaces.
  launch_spec.py compose COMPOSE_FILE SERVICE [NAME=VALUE ...]
      The shell command and environment of a compose service's `command` (anchors merged,
      $$ unescaped, ${VAR:-default} interpolated from NAME=VALUE), as JSON.

Prints the argv NUL-separated (unit) or JSON (compose). Only the syntax those files use is
supported; anything else is an error, so a new construct in them fails the test loudly.
"""
import json
import re
import shlex
import sys


def read_env_file(path):
    env = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition("=")
            env[key.strip()] = value.strip().strip('"')
    return env


def unit_argv(path, instance, env_file, overrides):
    lines, current = [], ""
    with open(path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if raw.lstrip().startswith(("#", ";")) and not current:
                continue
            if raw.endswith("\\"):
                current += raw[:-1] + " "
                continue
            lines.append(current + raw)
            current = ""
    env, exec_start = {}, None
    for line in lines:
        key, sep, value = line.partition("=")
        if not sep:
            continue
        key = key.strip()
        if key == "EnvironmentFile":
            env.update(read_env_file(env_file))
        elif key == "Environment":
            for item in shlex.split(value):
                k, _, v = item.partition("=")
                env[k] = v
        elif key == "ExecStart":
            exec_start = value.strip()
    if exec_start is None:
        sys.exit(f"{path}: no ExecStart")
    env.update(overrides)
    argv = []
    for word in exec_start.replace("%i", instance).split():
        whole = re.fullmatch(r"\$\{(\w+)\}", word)
        split = re.fullmatch(r"\$(\w+)", word)
        if whole:
            argv.append(env.get(whole.group(1), ""))
        elif split:
            argv.extend(env.get(split.group(1), "").split())
        elif "$" in word:
            argv.append(re.sub(r"\$\{(\w+)\}", lambda m: env.get(m.group(1), ""), word))
        else:
            argv.append(word)
    return argv


def interpolate(value, variables):
    def sub(m):
        name, default = m.group(1), m.group(3)
        return variables.get(name) or (default or "")
    value = re.sub(r"(?<!\$)\$\{(\w+)(:-([^}]*))?\}", sub, value)
    return value.replace("$$", "$")


def compose_service(path, service, variables):
    import yaml  # python3-yaml
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    spec = doc["services"][service]
    command = spec["command"]
    if not (isinstance(command, list) and len(command) == 1):
        sys.exit(f"{path}: service {service}: command must be one shell string")
    env = {k: interpolate(str(v), variables) for k, v in (spec.get("environment") or {}).items()}
    return {"entrypoint": spec.get("entrypoint"), "command": interpolate(command[0], variables),
            "environment": env, "volumes": spec.get("volumes", [])}


def main():
    kind = sys.argv[1]
    if kind == "unit":
        path, instance, env_file = sys.argv[2:5]
        overrides = dict(a.split("=", 1) for a in sys.argv[5:])
        sys.stdout.write("\0".join(unit_argv(path, instance, env_file, overrides)) + "\0")
    elif kind == "compose":
        path, service = sys.argv[2:4]
        variables = dict(a.split("=", 1) for a in sys.argv[4:])
        print(json.dumps(compose_service(path, service, variables)))
    else:
        sys.exit("usage: launch_spec.py unit|compose ...")


if __name__ == "__main__":
    main()
