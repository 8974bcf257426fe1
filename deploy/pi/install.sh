#!/usr/bin/env bash
# Install or upgrade GameTime on a Raspberry Pi (Raspberry Pi OS bookworm, 64-bit).
#
#   sudo ./install.sh [DEPLOY_DIR]
#
# DEPLOY_DIR (default: the folder of this script) holds `gametime` and `libSkiaSharp.so`.
# gametime.service and gametime.env.example are taken from DEPLOY_DIR, or else from this script's folder.
# Safe to re-run: it upgrades the binary and the unit, and never touches an existing /etc/gametime/gametime.env.
set -euo pipefail

readonly APP=gametime
readonly SVC_USER=gametime
readonly OPT_DIR=/opt/gametime
readonly STATE_DIR=/var/lib/gametime
readonly ETC_DIR=/etc/gametime
readonly ENV_FILE=$ETC_DIR/gametime.env
readonly UNIT_FILE=/etc/systemd/system/gametime.service
readonly DEFAULT_DB=$STATE_DIR/gametime.db

say()  { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
src_dir=$(cd -- "${1:-$script_dir}" 2>/dev/null && pwd) || die "deploy folder '${1:-}' not found"

# First existing file among DEPLOY_DIR/name and SCRIPT_DIR/name.
find_file() {
    local name=$1 dir
    for dir in "$src_dir" "$script_dir"; do
        if [[ -f $dir/$name ]]; then
            printf '%s\n' "$dir/$name"
            return 0
        fi
    done
    return 1
}

# ELF machine of a binary: aarch64, x86_64 or unknown (bytes 18-19, little-endian e_machine).
elf_machine() {
    local m
    m=$(od -An -t x1 -j 18 -N 2 -- "$1" 2>/dev/null | tr -d ' \n')
    case $m in
        b700) echo aarch64 ;;
        3e00) echo x86_64 ;;
        *)    echo unknown ;;
    esac
}

# The assignments of a systemd EnvironmentFile as KEY=value lines: comments (# ;) and blank lines skipped,
# whitespace around the value trimmed, one pair of surrounding quotes removed. Good for plain values like tokens.
env_assignments() {
    local line k v
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line#"${line%%[![:space:]]*}"}
        if [[ -z $line || $line == \#* || $line == \;* || $line != *=* ]]; then continue; fi
        k=${line%%=*}; k=${k%"${k##*[![:space:]]}"}
        if [[ ! $k =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then continue; fi
        v=${line#*=}; v=${v#"${v%%[![:space:]]*}"}; v=${v%"${v##*[![:space:]]}"}
        if [[ ${#v} -ge 2 && ( $v == \"*\" || $v == \'*\' ) ]]; then
            v=${v:1:${#v}-2}
        fi
        printf '%s=%s\n' "$k" "$v"
    done < "$1"
}

# Value of KEY in an EnvironmentFile (the last assignment wins, as in systemd); empty if absent.
env_value() {
    local key=$1 file=$2 pair value=''
    while IFS= read -r pair; do
        if [[ ${pair%%=*} == "$key" ]]; then value=${pair#*=}; fi
    done < <(env_assignments "$file")
    printf '%s' "$value"
}

# ---------------------------------------------------------------------------------------------------------------
[[ $EUID -eq 0 ]] || die "run as root: sudo $0 ${1:-}"

binary=$src_dir/$APP
skia=$src_dir/libSkiaSharp.so
[[ -f $binary ]] || die "$binary not found (build it with tools/publish.sh, see README.md)"
[[ -f $skia ]]   || die "$skia not found (it ships next to the binary)"
unit_src=$(find_file gametime.service)         || die "gametime.service not found in $src_dir or $script_dir"
env_example=$(find_file gametime.env.example)  || die "gametime.env.example not found in $src_dir or $script_dir"

# The userland decides, not the kernel: 32-bit Raspberry Pi OS on a Pi 4/5 runs a 64-bit kernel (uname -m = aarch64).
case $(dpkg --print-architecture 2>/dev/null || true) in
    arm64) host_arch=aarch64 ;;
    amd64) host_arch=x86_64 ;;
    armhf|armel) die "this is 32-bit Raspberry Pi OS; GameTime needs the 64-bit (arm64) image" ;;
    *)     host_arch=$(uname -m) ;;
esac
bin_arch=$(elf_machine "$binary")
if [[ $host_arch != aarch64 ]]; then
    warn "this machine is $host_arch, not aarch64 (64-bit Raspberry Pi OS). Continuing."
fi
if [[ $bin_arch != unknown && $bin_arch != "$host_arch" ]]; then
    die "$binary is built for $bin_arch but this machine is $host_arch (on a Pi use publish/linux-arm64)"
fi

glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}') || glibc=''
if [[ -n $glibc ]]; then
    IFS=. read -r glibc_major glibc_minor _ <<< "$glibc"
    if (( glibc_major < 2 || (glibc_major == 2 && ${glibc_minor:-0} < 34) )); then
        die "glibc $glibc is too old (need >= 2.34: Raspberry Pi OS bookworm or newer)"
    fi
fi

# --- system packages ---------------------------------------------------------------------------------------------
missing=()
for pkg in libssl3 tzdata ca-certificates; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done
if (( ${#missing[@]} > 0 )); then
    say "installing ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
    say "libssl3, tzdata and ca-certificates are installed"
fi

# --- user and folders ----------------------------------------------------------------------------------------------
nologin=/usr/sbin/nologin
[[ -x $nologin ]] || nologin=/bin/false
if ! id -u "$SVC_USER" >/dev/null 2>&1; then
    say "creating system user $SVC_USER"
    if getent group "$SVC_USER" >/dev/null; then
        useradd --system --gid "$SVC_USER" --no-create-home --home-dir /nonexistent --shell "$nologin" "$SVC_USER"
    else
        useradd --system --user-group --no-create-home --home-dir /nonexistent --shell "$nologin" "$SVC_USER"
    fi
fi

install -d -m 0755 -o root -g root "$OPT_DIR"
install -d -m 0750 -o "$SVC_USER" -g "$SVC_USER" "$STATE_DIR"
install -d -m 0750 -o root -g "$SVC_USER" "$ETC_DIR"

# --- files ---------------------------------------------------------------------------------------------------------
# Copy to a temporary name, then rename: replacing a running binary in place fails with "Text file busy".
install_atomic() {
    local mode=$1 src=$2 dst=$3
    install -m "$mode" -o root -g root -- "$src" "$dst.new"
    mv -f -- "$dst.new" "$dst"
}
say "installing $APP ($bin_arch) and libSkiaSharp.so into $OPT_DIR"
install_atomic 0755 "$binary" "$OPT_DIR/$APP"
install_atomic 0644 "$skia" "$OPT_DIR/libSkiaSharp.so"
if readme=$(find_file README.md); then
    install_atomic 0644 "$readme" "$OPT_DIR/README.md"
fi

if [[ -e $ENV_FILE ]]; then
    say "keeping existing $ENV_FILE"
    chgrp "$SVC_USER" "$ENV_FILE"
    chmod o-rwx "$ENV_FILE"
else
    say "creating $ENV_FILE from gametime.env.example"
    install -m 0640 -o root -g "$SVC_USER" -- "$env_example" "$ENV_FILE"
fi

install -m 0644 -o root -g root -- "$unit_src" "$UNIT_FILE"
have_systemd=0
if [[ -d /run/systemd/system ]]; then
    have_systemd=1
    systemctl daemon-reload
else
    warn "systemd is not running here; skipping daemon-reload, enable and start"
fi

# --- self-test -----------------------------------------------------------------------------------------------------
env_name=$(env_value ENV "$ENV_FILE")
case ${env_name:-prod} in
    dev) token_var=BOT_TOKEN_DEV ;;
    *)   token_var=BOT_TOKEN ;;
esac
token=$(env_value "$token_var" "$ENV_FILE")

# Same user, working directory and environment as the service (DATABASE_PATH defaults as in the unit).
say "running '$APP check' as $SVC_USER"
[[ -n $token ]] || say "($token_var is empty, so a failing check is expected until you set it)"
mapfile -t env_args < <(env_assignments "$ENV_FILE")
check_rc=0
(
    cd "$STATE_DIR"
    runuser -u "$SVC_USER" -- env -i \
        PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 \
        HOME=/nonexistent USER="$SVC_USER" LOGNAME="$SVC_USER" \
        "DATABASE_PATH=$DEFAULT_DB" "${env_args[@]}" \
        "$OPT_DIR/$APP" check
) || check_rc=$?

if [[ -z $token ]]; then
    cat <<EOF

GameTime is installed but not started, because $token_var is empty. Next:
  sudo nano $ENV_FILE
      set $token_var, TRN_API_KEY and GEMINI_API_KEY and/or OPENAI_API_KEY
  sudo $0 $src_dir
      re-runs the check, then enables and starts the bot
  journalctl -u $APP -f
EOF
    exit 0
fi

if (( check_rc != 0 )); then
    die "'$APP check' failed (exit $check_rc); fix $ENV_FILE and re-run. The service was not (re)started."
fi

if (( have_systemd )); then
    say "enabling and (re)starting $APP"
    systemctl enable "$APP.service"
    systemctl restart "$APP.service"
    say "done. Follow the log with: journalctl -u $APP -f"
else
    say "done (start the service once systemd is running)"
fi
