#!/usr/bin/env bash
# Turns audio clips (wav, mp3, ...) into what the voice path sends: Ogg Opus, 48 kHz, stereo, 20 ms frames,
# 64 kbit/s, tuned for speech. Usage: tools/ffmpeg-opus/to-opus.sh INPUT... (writes INPUT's name with .opus)
# Needs ffmpeg with libopus (Debian: apt-get install ffmpeg).
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 INPUT..." >&2; exit 2; }
command -v ffmpeg >/dev/null || { echo "ffmpeg not found: apt-get install ffmpeg" >&2; exit 1; }
for input in "$@"; do
  output="${input%.*}.opus"
  ffmpeg -hide_banner -loglevel error -y -i "$input" \
    -c:a libopus -ar 48000 -ac 2 -b:a 64k -frame_duration 20 -application voip \
    -f ogg "$output"
  echo "$output"
done
