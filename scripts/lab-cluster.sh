#!/usr/bin/env bash
# scripts/lab-cluster.sh up K | down | env — a Docker Swarm of K engines on this one machine, for tests
# and benchmarks of LAB_ENGINE=swarm. `engine-up N` starts node N alone (no Swarm, no registry);
# `engine-stop N` / `engine-start N` stop and start its dockerd keeping its state, as an engine restart does. Each node is a dockerd in its own network namespace (nsenter, not
# `ip netns exec`: that remounts /sys and dockerd fails), the namespaces sit on one bridge, node 1 is the
# manager, and a local registry (Debian's docker-registry) on the bridge serves the lab images, so a
# worker never spends ~20 s failing to reach Docker Hub. Idempotent; `down` removes all it created.
# Run as root. Settings: LAB_CLUSTER_NAME (labclt), LAB_CLUSTER_NET (first three octets, 10.251.0),
# LAB_CLUSTER_IMAGES (extra image refs to push), LAB_CLUSTER_RUNTIME (e.g. runsc: the nodes' default runtime).
set -euo pipefail

name=${LAB_CLUSTER_NAME:-labclt}
net=${LAB_CLUSTER_NET:-10.251.0}
state=/var/lib/$name
run=/run/$name
br=${name}0
registry=$net.1:5000
tag=${LAB_IMAGE_TAG:-current}
source_engine=${LAB_CLUSTER_SOURCE_ENGINE:-unix:///var/run/docker.sock} # where the lab images were built
images=(cyberwall/base cyberwall/camera cyberwall/workstation cyberwall/grader academy-fixture/workstation)
images=("${images[@]/%/:$tag}" ${LAB_CLUSTER_IMAGES:-})

sock() { echo "unix://$run/$1/docker.sock"; }
node() { local i=$1; shift; docker -H "$(sock "$i")" "$@"; }
up_ping() { curl -sf --max-time 2 --unix-socket "$run/$1/docker.sock" http://localhost/_ping > /dev/null 2>&1; }
wait_for() { for _ in $(seq 1 "$1"); do "${@:2}" && return 0; sleep 0.5; done; "${@:2}"; }
nodes_present() { ls "$state" 2> /dev/null | grep -E '^[0-9]+$' | sort -n || true; }

start_registry() {
  mkdir -p "$state/registry"
  cat > "$state/registry.yml" << EOF
version: 0.1
log: { level: warn }
storage: { filesystem: { rootdirectory: $state/registry }, delete: { enabled: true } }
http: { addr: $registry }
EOF
  curl -sf --max-time 2 "http://$registry/v2/" > /dev/null && return
  nohup docker-registry serve "$state/registry.yml" > "$state/registry.log" 2>&1 &
  echo $! > "$state/registry.pid"
  wait_for 40 curl -sf --max-time 1 "http://$registry/v2/" -o /dev/null || { echo "registry did not start: $state/registry.log" >&2; exit 1; }
}

start_node() {
  local i=$1 ns=$name-$1 ip=$net.$((1 + $1)) host=$name-h$1
  [[ -e /var/run/netns/$ns ]] || ip netns add "$ns"
  if ! ip link show "$host" > /dev/null 2>&1; then
    ip link add "$host" type veth peer name eth0 netns "$ns"
    ip link set "$host" master "$br" up
    ip -n "$ns" addr add "$ip/24" dev eth0
    ip -n "$ns" link set eth0 up
    ip -n "$ns" link set lo up
  fi
  mkdir -p "$state/$i" "$run/$i"
  local runtimes='{}' default=runc
  if [[ -n ${LAB_CLUSTER_RUNTIME:-} ]]; then
    runtimes="{\"$LAB_CLUSTER_RUNTIME\": {\"path\": \"$(command -v "$LAB_CLUSTER_RUNTIME")\", \"runtimeArgs\": [\"--network=host\"]}}"
    default=$LAB_CLUSTER_RUNTIME
  fi
  # What the service API of Docker 20.10 cannot say per service is said here, for every container.
  cat > "$state/$i/daemon.json" << EOF
{
  "hosts": ["$(sock "$i")"], "data-root": "$state/$i/data", "exec-root": "$run/$i/exec", "pidfile": "$run/$i/docker.pid",
  "storage-driver": "overlay2", "bridge": "none", "iptables": true, "userland-proxy": false,
  "no-new-privileges": true, "runtimes": $runtimes, "default-runtime": "$default",
  "log-driver": "json-file", "log-opts": { "max-size": "1m", "max-file": "1" },
  "insecure-registries": ["$registry"], "labels": ["academy.node=$name-$i"], "shutdown-timeout": 2
}
EOF
  up_ping "$i" && return
  nohup nsenter --net="/var/run/netns/$ns" dockerd --config-file "$state/$i/daemon.json" > "$state/$i/dockerd.log" 2>&1 &
  wait_for 60 up_ping "$i" || { echo "node $i did not start: $state/$i/dockerd.log" >&2; exit 1; }
}

swarm_state() { node "$1" info --format '{{.Swarm.LocalNodeState}}'; }

form_swarm() {
  local k=$1
  if [[ $(swarm_state 1) != active ]]; then
    # Overlays get their subnets from the academy; the pool only serves swarm's own networks.
    node 1 swarm init --advertise-addr "$net.2" --listen-addr "$net.2:2377" \
      --default-addr-pool "${net%.*}.192.0/18" --default-addr-pool-mask-length 24 > /dev/null
  fi
  # No published ports, and no IPVS in this kernel: the routing mesh's ingress network has nothing to do.
  curl -s -X DELETE --unix-socket "$run/1/docker.sock" http://localhost/networks/ingress > /dev/null || true
  local token
  token=$(node 1 swarm join-token -q worker)
  for i in $(seq 2 "$k"); do
    [[ $(swarm_state "$i") == active ]] || node "$i" swarm join --token "$token" --advertise-addr "$net.$((1 + i))" "$net.2:2377" > /dev/null
  done
}

# docker save from the engine that built them, load into the manager, push to the registry (only what changed).
push_images() {
  mkdir -p "$state/pushed"
  local ref id mark
  for ref in "${images[@]}"; do
    id=$(docker -H "$source_engine" image inspect --format '{{.Id}}' "$ref" 2> /dev/null) || continue
    mark=$state/pushed/${ref//[\/:]/_}
    [[ -f $mark && $(cat "$mark") == "$id" ]] && continue
    [[ $(node 1 image inspect --format '{{.Id}}' "$ref" 2> /dev/null) == "$id" ]] || docker -H "$source_engine" save "$ref" | node 1 load -q > /dev/null
    node 1 tag "$ref" "$registry/$ref"
    node 1 push -q "$registry/$ref" > /dev/null
    echo "$id" > "$mark"
    echo "pushed $registry/$ref"
  done
}

stop_engine() {
  local pid
  pid=$(cat "$run/$1/docker.pid" 2> /dev/null || true)
  if [[ -n $pid ]] && kill -0 "$pid" 2> /dev/null; then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2> /dev/null || break; sleep 0.5; done
  fi
}

stop_node() {
  local i=$1
  stop_engine "$i"
  # Whatever dockerd left mounted (overlay2 layers, container netns) must go before the directories can.
  grep -oE " ($state|$run)/$i/[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2> /dev/null || true
  rm -rf "${state:?}/$i" "${run:?}/$i"
  ip netns del "$name-$i" 2> /dev/null || true
  ip link del "$name-h$i" 2> /dev/null || true
}

down() {
  for i in $(nodes_present | sort -rn); do stop_node "$i"; done
  if [[ -f $state/registry.pid ]]; then kill "$(cat "$state/registry.pid")" 2> /dev/null || true; fi
  ip link del "$br" 2> /dev/null || true
  while iptables -D FORWARD -i "$br" -o "$br" -j ACCEPT 2> /dev/null; do :; done
  rm -rf "${state:?}" "${run:?}"
}

print_env() {
  local nodes=() i
  for i in $(nodes_present); do nodes+=("$name-$i=$(sock "$i")"); done
  ((${#nodes[@]})) || { echo "no cluster: run $0 up K" >&2; exit 1; }
  echo "export LAB_ENGINE=swarm"
  echo "export DOCKER_HOST=$(sock 1)"
  echo "export LAB_SWARM_NODES=$(IFS=,; echo "${nodes[*]}")"
  echo "export LAB_SWARM_REGISTRY=$registry"
}

make_bridge() {
  [[ $(id -u) -eq 0 ]] || { echo "run as root" >&2; exit 1; }
  mkdir -p "$state" "$run"
  ip link show "$br" > /dev/null 2>&1 || ip link add "$br" type bridge
  [[ $(ip -br addr show dev "$br") == *" $net.1/24"* ]] || ip addr add "$net.1/24" dev "$br"
  ip link set "$br" up
  # The main engine's FORWARD policy is DROP; without this the nodes cannot reach each other.
  iptables -C FORWARD -i "$br" -o "$br" -j ACCEPT 2> /dev/null || iptables -I FORWARD -i "$br" -o "$br" -j ACCEPT
}

case ${1:-} in
  up)
    k=${2:?usage: $0 up K}
    command -v docker-registry > /dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-registry > /dev/null
    make_bridge
    start_registry
    for i in $(nodes_present); do
      if ((i > k)); then
        node "$i" swarm leave --force > /dev/null 2>&1 || true
        stop_node "$i"
      fi
    done
    for i in $(seq 1 "$k"); do start_node "$i"; done
    form_swarm "$k"
    node 1 node ls -q --filter role=worker | while read -r id; do
      if [[ $(node 1 node inspect --format '{{.Status.State}}' "$id") == down ]]; then node 1 node rm --force "$id" > /dev/null; fi
    done
    push_images
    node 1 node ls
    ;;
  engine-up)
    make_bridge
    start_node "${2:?usage: $0 engine-up N}"
    ;;
  engine-stop) stop_engine "${2:?usage: $0 engine-stop N}" ;;
  engine-start) start_node "${2:?usage: $0 engine-start N}" ;;
  down) down ;;
  env) print_env ;;
  *)
    echo "usage: $0 up K | down | env | engine-up N | engine-stop N | engine-start N" >&2
    exit 2
    ;;
esac
