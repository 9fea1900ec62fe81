#!/usr/bin/env bash
# Draws images/icon.png (128×128, the Marketplace size) with ImageMagick: a quotation mark and a check mark.
# Needs ImageMagick and the DejaVu fonts (Debian: imagemagick, fonts-dejavu-core).
set -euo pipefail
cd "$(dirname "$0")"
convert -size 128x128 xc:none \
  -fill '#1f3a5f' -draw 'roundrectangle 4,4 123,123 22,22' \
  -font /usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf -pointsize 190 -fill '#f4efe1' \
  -annotate +12+158 '“' \
  -stroke '#57c785' -strokewidth 13 -fill none -draw 'polyline 52,86 74,106 110,60' \
  -depth 8 -strip icon.png
