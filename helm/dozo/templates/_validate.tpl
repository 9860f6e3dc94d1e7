{{/*
Refuses values that would break the promise that no single server holds the only copy of anything. Called
once (from the backup-scripts ConfigMap, which every render contains). values.schema.json checks types and
simple bounds first; these checks see the effective, merged values and say what to change.
*/}}
{{- define "dozo.validate" -}}
{{- $v := .Values }}
{{- $errors := list }}

{{- /* Inline secrets: the chart takes Secret names, never secret values. */}}
{{- range $path := include "dozo.inlineSecretPaths" (dict "path" "" "value" $v) | splitList "\n" | compact }}
{{- $errors = append $errors (printf "%s looks like an inline secret value; secrets are never values: create a Kubernetes Secret and give the chart its name (see docs/kubernetes.md)" $path) }}
{{- end }}

{{- /* Prod: at least two pods of every service, spread over nodes. */}}
{{- if eq $v.profile "prod" }}
{{- range $key := include "dozo.serviceKeys" . | fromJsonArray }}
{{- $svc := include "dozo.serviceValues" (dict "root" $ "key" $key) | fromJson }}
{{- $min := include "dozo.minReplicas" $svc | int }}
{{- if lt $min 2 }}
{{- $errors = append $errors (printf "profile=prod needs at least 2 pods of %s, got %d (services.%s.replicas / autoscaling.minReplicas, or serviceDefaults)" $key $min $key) }}
{{- end }}
{{- if not $svc.podDisruptionBudget.enabled }}
{{- $errors = append $errors (printf "profile=prod needs a PodDisruptionBudget for %s (podDisruptionBudget.enabled)" $key) }}
{{- end }}
{{- end }}
{{- $m := $v.database.mariadb }}
{{- if or (not $m.galera.enabled) (lt (int $m.replicas) 3) (eq (mod (int $m.replicas) 2) 0) }}
{{- $errors = append $errors (printf "profile=prod needs a Galera cluster of an odd number of at least 3 nodes (database.mariadb.galera.enabled=true, database.mariadb.replicas=3), got galera=%v replicas=%v" $m.galera.enabled $m.replicas) }}
{{- end }}
{{- if not $m.antiAffinity }}
{{- $errors = append $errors "profile=prod needs the Galera nodes on different nodes (database.mariadb.antiAffinity=true)" }}
{{- end }}
{{- if eq $v.objectStorage.mode "rook" }}
{{- $r := $v.objectStorage.rook }}
{{- if lt (int $r.pools.size) 3 }}
{{- $errors = append $errors (printf "profile=prod with Rook needs pools of at least 3 copies (objectStorage.rook.pools.size=3), got %v: with fewer, one lost disk leaves a single copy of the photos" $r.pools.size) }}
{{- end }}
{{- if eq $r.pools.failureDomain "osd" }}
{{- $errors = append $errors "profile=prod with Rook needs each copy on another host (objectStorage.rook.pools.failureDomain=host or wider), got osd: all copies could sit on one node" }}
{{- end }}
{{- if lt (int $r.gateway.instances) 2 }}
{{- $errors = append $errors (printf "profile=prod with Rook needs at least 2 gateways (objectStorage.rook.gateway.instances), got %v" $r.gateway.instances) }}
{{- end }}
{{- if not $r.gateway.antiAffinity }}
{{- $errors = append $errors "profile=prod with Rook needs the gateways on different nodes (objectStorage.rook.gateway.antiAffinity=true)" }}
{{- end }}
{{- end }}
{{- end }}

{{- /* Topologies mariadb-operator's webhook refuses (internal/webhook/v1alpha1/mariadb_webhook.go). */}}
{{- $mdb := $v.database.mariadb }}
{{- if and (not $mdb.galera.enabled) (gt (int $mdb.replicas) 1) }}
{{- $errors = append $errors (printf "database.mariadb.replicas=%v needs database.mariadb.galera.enabled=true: mariadb-operator runs several MariaDB nodes only as a Galera (or replication) cluster" $mdb.replicas) }}
{{- end }}
{{- if and $mdb.galera.enabled (lt (int $mdb.replicas) 2) }}
{{- $errors = append $errors "database.mariadb.galera.enabled=true with one node: Galera needs more than one node (3, so that it survives losing one); mariadb-operator refuses a single-node Galera" }}
{{- end }}

{{- /* The back office is for staff: on a host of its own, never the shop's public one. */}}
{{- $bo := $v.ingress.backoffice }}
{{- if and $v.ingress.enabled $bo.enabled (eq (lower $bo.host) (lower $v.ingress.host)) }}
{{- $errors = append $errors (printf "ingress.backoffice.host must not be the shop's host (%s): the back office gets a host of its own, e.g. admin.%s" $v.ingress.host $v.ingress.host) }}
{{- end }}

{{- /* A backup target, separate from the shop's own storage and credentials. */}}
{{- $o := $v.backup.offsite }}
{{- if or (not $o.endpoint) (not $o.bucket) (not $o.credentialsSecret) }}
{{- $errors = append $errors "no backup target: set backup.offsite.endpoint, backup.offsite.bucket and backup.offsite.credentialsSecret (an off-site S3 bucket with its own credentials)" }}
{{- else }}
{{- $media := include "dozo.mediaCredentials" . | fromJson }}
{{- if eq $o.credentialsSecret $media.name }}
{{- $errors = append $errors (printf "backup.offsite.credentialsSecret must not be the application's Secret (%s): the shop's own keys must not reach its backups" $o.credentialsSecret) }}
{{- end }}
{{- if eq $o.credentialsSecret $v.database.credentialsSecret }}
{{- $errors = append $errors "backup.offsite.credentialsSecret must not be the database Secret" }}
{{- end }}
{{- if and (eq $v.objectStorage.mode "external") (eq $o.endpoint $v.objectStorage.external.endpoint) (eq $o.bucket $v.objectStorage.bucket) }}
{{- $errors = append $errors "backup.offsite.bucket must not be the media bucket" }}
{{- end }}
{{- end }}
{{- if gt (int $v.backup.binlogArchive.intervalSeconds) 50 }}
{{- $errors = append $errors (printf "backup.binlogArchive.intervalSeconds must be at most 50 so the off-site binary logs stay under a minute behind, got %v" $v.backup.binlogArchive.intervalSeconds) }}
{{- end }}

{{- /* Restores need their inputs. */}}
{{- if and $v.restore.database.enabled (not $v.restore.database.targetRecoveryTime) }}
{{- $errors = append $errors "restore.database.enabled needs restore.database.targetRecoveryTime (RFC 3339, e.g. 2026-11-25T10:15:00Z)" }}
{{- end }}
{{- if $v.restore.binlogReplay.enabled }}
{{- range $k := list "sourceNode" "startGtid" "stopDatetime" }}
{{- if not (index $v.restore.binlogReplay $k) }}
{{- $errors = append $errors (printf "restore.binlogReplay.enabled needs restore.binlogReplay.%s" $k) }}
{{- end }}
{{- end }}
{{- end }}

{{- if $errors }}
{{- fail (printf "\n\nDozo refuses these values (they would risk losing the shop):\n  - %s\n" (join "\n  - " $errors)) }}
{{- end }}
{{- end }}

{{/*
Paths in the values whose key names a secret (password, secret key, token, private key, salt, ...) and whose
value is a non-empty string, and env entries whose secret-looking name carries a literal value; also any
string holding PEM key material (ctx: dict path value).
*/}}
{{- define "dozo.inlineSecretPaths" -}}
{{- $sensitive := "(?i)^(.*password|passwd|pass|pwd|.*secretkey|.*secret_key|secretaccesskey|.*accesskey|.*access_key|accesskeyid|.*privatekey|.*private_key|.*token|.*apikey|.*api_key|internalkey|salt|.*hashsalt|credentials?|secret)$" }}
{{- $sensitiveEnv := "(?i)(password|passwd|secret|token|salt|private|_key$|^key$|internal_key)" }}
{{- $path := .path }}
{{- if kindIs "map" .value }}
{{- range $k, $val := .value }}
{{- $p := ternary $k (printf "%s.%s" $path $k) (eq $path "") }}
{{- if and (kindIs "string" $val) $val (regexMatch $sensitive $k) }}
{{ $p }}
{{- else if and (kindIs "string" $val) (contains "-----BEGIN" $val) }}
{{ $p }}
{{- else if or (kindIs "map" $val) (kindIs "slice" $val) }}
{{- include "dozo.inlineSecretPaths" (dict "path" $p "value" $val) }}
{{- end }}
{{- end }}
{{- else if kindIs "slice" .value }}
{{- range $i, $item := .value }}
{{- $p := printf "%s[%d]" $path $i }}
{{- if and (kindIs "map" $item) (hasKey $item "name") (hasKey $item "value") (kindIs "string" $item.name) (regexMatch $sensitiveEnv $item.name) (not (regexMatch "(?i)_LOCATION$" $item.name)) }}
{{ $p }} ({{ $item.name }})
{{- else if and (kindIs "string" $item) (contains "-----BEGIN" $item) }}
{{ $p }}
{{- else if or (kindIs "map" $item) (kindIs "slice" $item) }}
{{- include "dozo.inlineSecretPaths" (dict "path" $p "value" $item) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
