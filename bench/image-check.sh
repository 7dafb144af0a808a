#!/usr/bin/env bash
# Checks the container image of `./mvnw -Pimage package` (cli/target/jib-image.tar, docs/release.md):
# runs `fairness analyze` on the release example inside it and compares analysis.json, byte for
# byte, with the same run of the jar on this machine.
#
#   bench/image-check.sh [podman|chroot]
#
# podman (default): loads the tar and runs it (`--runtime runc --cgroup-manager cgroupfs` and
# explicit ulimits make it work in sandboxes that deny raising limits or use hybrid cgroups).
# chroot (as root, without any container runtime): unpacks the image's layers into a directory and
# runs the image's entrypoint there with chroot.
set -euo pipefail
mode=${1:-podman}
repo=$(cd "$(dirname "$0")/.." && pwd)
tar_file=$repo/cli/target/jib-image.tar
[ -f "$tar_file" ] || { echo "no $tar_file: run ./mvnw -B -Pimage package -DskipTests first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/run"
cp "$repo/cli/src/dist/examples/adult/config.json" "$repo/testdata/datasets/adult_test_with_predictions.csv" "$work/run/"
java -jar "$repo/cli/target/fairness.jar" analyze --config "$work/run/config.json" --output "$work/run/host" --quiet
case $mode in
  podman)
    storage=(--storage-driver vfs --root "$work/storage" --runroot "$work/runroot")
    image=$(podman "${storage[@]}" load -i "$tar_file" | sed -n 's/^Loaded image: //p')
    podman "${storage[@]}" --runtime runc --cgroup-manager cgroupfs run --rm --network none \
      --ulimit nofile=1024:1024 --ulimit nproc=4096:4096 -v "$work/run:/work" "$image" \
      analyze --config config.json --output image --quiet
    podman "${storage[@]}" rmi "$image" > /dev/null
    ;;
  chroot)
    root=$work/root
    mkdir -p "$root" "$work/image"
    tar -xf "$tar_file" -C "$work/image"
    for layer in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$work/image/manifest.json"); do
      tar -xzf "$work/image/$layer" -C "$root"
    done
    entry=$(python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); print(" ".join(c["config"]["Entrypoint"]))' \
      "$work/image/$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["Config"])' "$work/image/manifest.json")")
    mkdir -p "$root/work"
    cp "$work/run/config.json" "$work/run/adult_test_with_predictions.csv" "$root/work/"
    # the dynamic loader finds the runtime's own libraries through /proc/self/exe ($ORIGIN)
    mkdir -p "$root/proc"
    mount -t proc proc "$root/proc"
    trap 'umount "$root/proc"; rm -rf "$work"' EXIT
    # shellcheck disable=SC2086 # the entrypoint is words
    env -i "$(command -v chroot)" "$root" $entry analyze --config /work/config.json --output /work/image --quiet
    cp -r "$root/work/image" "$work/run/image"
    ;;
  *) echo "usage: $0 [podman|chroot]" >&2; exit 2 ;;
esac
cmp "$work/run/host/analysis.json" "$work/run/image/analysis.json"
echo "image-check ($mode): analysis.json from the image equals the jar's, $(wc -c < "$work/run/image/analysis.json") bytes"
