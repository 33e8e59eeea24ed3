#!/bin/sh
# Stand-in for dmenu, run by dunst for its context menu (`dunstctl context`).
#
# dunst writes one menu line per action on stdin, "#<label> (<summary>) [<id>,<key>]"
# (URLs found in bodies appear as plain lines), and invokes the action of the line we print.
# The wanted action's LABEL is line 1 of $DESK_STATE/dmenu_choice; an optional line 2 is
# the notification's SUMMARY, to choose between several notifications with that label.
# Matching is literal (no regex). We print the first matching line, or nothing (= menu
# cancelled). For tests: the menu is copied to $DESK_STATE/dmenu_in.txt and the answer to
# $DESK_STATE/dmenu_out.txt (written last, atomically, so a test can wait for it).
dir=${DESK_STATE:-$(dirname "$0")}
menu=$(cat)
printf '%s\n' "$menu" > "$dir/dmenu_in.txt"
label=$(sed -n 1p "$dir/dmenu_choice" 2>/dev/null)
summary=$(sed -n 2p "$dir/dmenu_choice" 2>/dev/null)
if [ -n "$summary" ]; then want="#$label ($summary) "; else want="#$label "; fi
answer=
while IFS= read -r line; do
    case $line in
        "$want"*) answer=$line; break ;;
    esac
done <<MENU
$menu
MENU
printf '%s\n' "$answer" > "$dir/dmenu_out.tmp" && mv -f "$dir/dmenu_out.tmp" "$dir/dmenu_out.txt"
[ -n "$answer" ] && printf '%s\n' "$answer"
exit 0
