{{/*
Names and labels. Every object carries the app.kubernetes.io labels; every pod Dozo runs itself also carries
app.kubernetes.io/part-of=dozo, which the namespace's default-deny NetworkPolicy selects.
*/}}

{{- define "dozo.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* "dozo" for `helm install dozo`, "<release>-dozo" otherwise, or fullnameOverride. */}}
{{- define "dozo.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 40 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "dozo.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels on every object. */}}
{{- define "dozo.labels" -}}
helm.sh/chart: {{ include "dozo.chart" . }}
app.kubernetes.io/name: {{ include "dozo.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ default .Chart.AppVersion .Values.image.tag | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: dozo
{{- end }}

{{/* Labels of one component (ctx: dict root component). */}}
{{- define "dozo.componentLabels" -}}
{{ include "dozo.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* The immutable selector of one component (ctx: dict root component). */}}
{{- define "dozo.selectorLabels" -}}
app.kubernetes.io/name: {{ include "dozo.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
The five services and who calls whom. This table is the single source for Deployments, Services, the REST
client URLs and the NetworkPolicies: a service accepts traffic only from the services whose `calls` name it.
catalog, cart and review call content for /internal/staff/status: is a staff token's account still active?
- shopperFacing: always behind the Ingress (the others only with ingress.staffApi).
- staffFacing: the back office, behind its own Ingress on a separate host (ingress.backoffice), never the shop's.
- linksToShop: told the shop's public address (links to "see it in the shop", the links in mails).
- sendsMail: gets the SMTP settings (values mail.*), the password from mail.passwordSecret, and egress to SMTP.
- signsTokens: gets the JWT private key; only content-service signs staff tokens.
- secrets: env vars read from the app Secret (env var: key). The storefront's secret signs the CSRF form tokens
  and the last-order cookie: every replica must hold the same key, or a form served by one pod and posted to
  another is refused. Not optional: without it a pod would make up its own. The back office's secret seals the
  staff session cookie and signs its CSRF tokens, shared by its replicas for the same reason.
*/}}
{{- define "dozo.serviceTable" -}}
storefront:
  database: ""
  calls: [catalog, cart, content, review]
  internalKey: false
  media: false
  trustsProxies: true
  shopperFacing: true
  secrets:
    DOZO_STOREFRONT_SECRET: storefront-secret
catalog:
  database: dozo_catalog
  calls: [content]
  internalKey: true
  media: false
cart:
  database: dozo_cart
  calls: [catalog, content]
  internalKey: true
  media: false
  trustsProxies: true
  sendsMail: true
  linksToShop: true
content:
  database: dozo_content
  calls: []
  internalKey: true
  media: true
  trustsProxies: true
  signsTokens: true
  secrets:
    DOZO_OWNER_EMAIL: owner-email
    DOZO_OWNER_INITIAL_PASSWORD: owner-initial-password
review:
  database: dozo_review
  calls: [cart, catalog, content]
  internalKey: true
  media: false
  trustsProxies: true
  secrets:
    DOZO_REVIEW_CLIENT_HASH_SALT: review-client-hash-salt
backoffice:
  database: ""
  calls: [catalog, cart, content, review]
  internalKey: false
  media: false
  trustsProxies: true
  staffFacing: true
  linksToShop: true
  secrets:
    DOZO_BACKOFFICE_SECRET: backoffice-secret
{{- end }}

{{- define "dozo.serviceKeys" -}}
{{- list "storefront" "catalog" "cart" "content" "review" "backoffice" | toJson }}
{{- end }}

{{/* Effective settings of one service: serviceDefaults overlaid by services.<key> (ctx: dict root key). */}}
{{- define "dozo.serviceValues" -}}
{{- $defaults := deepCopy .root.Values.serviceDefaults }}
{{- $own := deepCopy (index .root.Values.services .key) }}
{{- mergeOverwrite $defaults $own | toJson }}
{{- end }}

{{/* Object name of a service's Deployment/Service: <fullname>-<key>, e.g. dozo-catalog. */}}
{{- define "dozo.serviceName" -}}
{{- printf "%s-%s" (include "dozo.fullname" .root) .key }}
{{- end }}

{{/* Full image reference of a service (ctx: dict root svc). */}}
{{- define "dozo.serviceImage" -}}
{{- $tag := default .root.Chart.AppVersion .root.Values.image.tag }}
{{- if .root.Values.image.registry }}
{{- printf "%s/%s:%s" .root.Values.image.registry .svc.image.repository $tag }}
{{- else }}
{{- printf "%s:%s" .svc.image.repository $tag }}
{{- end }}
{{- end }}

{{/* The minimum number of pods a service runs: the HPA's floor when autoscaling, else replicas. */}}
{{- define "dozo.minReplicas" -}}
{{- if .autoscaling.enabled }}{{ .autoscaling.minReplicas }}{{ else }}{{ .replicas }}{{ end }}
{{- end }}

{{/* MariaDB */}}
{{- define "dozo.mariadbName" -}}
{{- printf "%s-mariadb" (include "dozo.fullname" .) }}
{{- end }}

{{/*
The Service that reaches the node taking the writes. mariadb-operator creates "<name>-primary" only when HA is on
(Galera or replication; reconcileService in internal/controller/mariadb_controller.go); a single MariaDB has the
default Service "<name>" (reconcileDefaultService), which always exists and selects its one pod.
*/}}
{{- define "dozo.mariadbWriteHost" -}}
{{- if .Values.database.mariadb.galera.enabled }}
{{- printf "%s-primary" (include "dozo.mariadbName" .) }}
{{- else }}
{{- include "dozo.mariadbName" . }}
{{- end }}
{{- end }}

{{/*
The label Dozo gives the pods of the operator's PhysicalBackup Jobs (through spec.podMetadata), so the MariaDB
NetworkPolicy can admit them. mariadb-operator builds those pods' metadata from the PhysicalBackup's
spec.inheritMetadata and spec.podMetadata only (BuildPhysicalBackupJob in pkg/builder/batch_builder.go, on
metadata.NewMetadataBuilder in pkg/builder/metadata/metadata.go, which adds no label); its own
physicalbackup.k8s.mariadb.com/name label goes on VolumeSnapshots only (pkg/builder/volumesnapshot_builder.go).
*/}}
{{- define "dozo.physicalBackupPodLabel" -}}
dozo.shop/physical-backup
{{- end }}

{{/*
The JDBC URL of one schema: a `sequential` multi-host URL over every Galera node, so Connector/J sends all
writes to one node at a time and fails over in order (ctx: dict root database).
*/}}
{{- define "dozo.jdbcUrl" -}}
{{- $mdb := include "dozo.mariadbName" .root }}
{{- $hosts := list }}
{{- range $i := until (int .root.Values.database.mariadb.replicas) }}
{{- $hosts = append $hosts (printf "%s-%d.%s-internal:3306" $mdb $i $mdb) }}
{{- end }}
{{- printf "jdbc:mariadb:sequential://%s/%s" (join "," $hosts) .database }}
{{- end }}

{{/*
Object storage: the media bucket the application uses. In rook mode an ObjectBucketClaim asks Rook for the
bucket, and Rook writes its endpoint to a ConfigMap (BUCKET_HOST, BUCKET_PORT, BUCKET_NAME) and its keys to a
Secret (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), both named after the claim (Rook's ceph-object-bucket-claim.md).
*/}}
{{- define "dozo.rook" -}}
{{- eq .Values.objectStorage.mode "rook" }}
{{- end }}

{{- define "dozo.mediaBucketClaim" -}}
{{- printf "%s-media" (include "dozo.fullname" .) }}
{{- end }}

{{/* The Secret holding the application's media keys, and its two key names, as JSON. */}}
{{- define "dozo.mediaCredentials" -}}
{{- if eq (include "dozo.rook" .) "true" }}
{{- toJson (dict "name" (include "dozo.mediaBucketClaim" .) "accessKey" "AWS_ACCESS_KEY_ID" "secretKey" "AWS_SECRET_ACCESS_KEY") }}
{{- else }}
{{- toJson (dict "name" .Values.objectStorage.credentialsSecret "accessKey" "access-key" "secretKey" "secret-key") }}
{{- end }}
{{- end }}

{{/*
The media endpoint URL. In rook mode it is built by Kubernetes from BUCKET_HOST and BUCKET_PORT, so those two
must come first in the container's env (dozo.mediaBucketEnv): $(VAR) expands only earlier env entries.
*/}}
{{- define "dozo.mediaEndpoint" -}}
{{- if eq (include "dozo.rook" .) "true" }}
{{- print "http://$(BUCKET_HOST):$(BUCKET_PORT)" }}
{{- else }}
{{- printf "%s://%s" (ternary "https" "http" .Values.objectStorage.external.tls) .Values.objectStorage.external.endpoint }}
{{- end }}
{{- end }}

{{/* Rook mode: the claim's ConfigMap entries the media endpoint is built from (nothing in external mode). */}}
{{- define "dozo.mediaBucketEnv" -}}
{{- if eq (include "dozo.rook" .) "true" }}
{{- range $key := list "BUCKET_HOST" "BUCKET_PORT" "BUCKET_NAME" }}
- name: {{ $key }}
  valueFrom:
    configMapKeyRef:
      name: {{ include "dozo.mediaBucketClaim" $ }}
      key: {{ $key }}
{{- end }}
{{- end }}
{{- end }}

{{/* Labels Rook puts on the RGW pods of one CephObjectStore (pkg/operator/ceph/object/spec.go, getLabels). */}}
{{- define "dozo.rgwPodLabels" -}}
app: rook-ceph-rgw
rook_object_store: {{ .Values.objectStorage.rook.storeName }}
{{- end }}

{{- define "dozo.offsiteEndpoint" -}}
{{- printf "%s://%s" (ternary "https" "http" .Values.backup.offsite.tls) .Values.backup.offsite.endpoint }}
{{- end }}

{{- define "dozo.offsiteTarget" -}}
{{- printf "s3://%s (%s)" .Values.backup.offsite.bucket .Values.backup.offsite.endpoint }}
{{- end }}

{{/* The restricted Pod Security Standard: pod level (ctx: uid). */}}
{{- define "dozo.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ . }}
runAsGroup: {{ . }}
fsGroup: {{ . }}
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* The restricted Pod Security Standard: container level. */}}
{{- define "dozo.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* rclone remotes from environment variables (ctx: dict name endpoint region secret). No config file needed. */}}
{{- define "dozo.rcloneRemoteEnv" -}}
{{- $n := upper .name -}}
- name: RCLONE_CONFIG_{{ $n }}_TYPE
  value: s3
- name: RCLONE_CONFIG_{{ $n }}_PROVIDER
  value: Other
- name: RCLONE_CONFIG_{{ $n }}_ENDPOINT
  value: {{ .endpoint | quote }}
- name: RCLONE_CONFIG_{{ $n }}_REGION
  value: {{ .region | quote }}
- name: RCLONE_CONFIG_{{ $n }}_FORCE_PATH_STYLE
  value: "true"
- name: RCLONE_CONFIG_{{ $n }}_NO_CHECK_BUCKET
  value: "true"
{{- if eq .name "offsite" }}
{{- /* The off-site bucket has a default Object Lock retention, so S3 refuses uploads without Content-MD5. rclone
       sends it on every part of a multipart upload but not always on a single PUT (for example when the source
       is a multipart S3 object without an MD5): rclone's S3 docs, "Object-lock enabled S3 bucket", say to set
       upload_cutoff 0 so every upload is multipart. */}}
- name: RCLONE_CONFIG_{{ $n }}_UPLOAD_CUTOFF
  value: "0"
{{- end }}
- name: RCLONE_CONFIG_{{ $n }}_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: {{ .accessKey | default "access-key" }}
- name: RCLONE_CONFIG_{{ $n }}_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: {{ .secretKey | default "secret-key" }}
{{- end }}

{{/*
Secret-backed environment of one service (ctx: dict root key meta). Values come only from Secrets; in rook mode
also the media endpoint and bucket, from the ConfigMap Rook writes for the ObjectBucketClaim.
*/}}
{{- define "dozo.serviceSecretEnv" -}}
{{- $v := .root.Values }}
{{- if .meta.database }}
- name: QUARKUS_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $v.database.credentialsSecret }}
      key: {{ .key }}-password
{{- end }}
{{- if .meta.internalKey }}
- name: DOZO_INTERNAL_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $v.secrets.app }}
      key: internal-key
{{- end }}
{{- if and .meta.sendsMail $v.mail.username }}
- name: QUARKUS_MAILER_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $v.mail.passwordSecret }}
      key: {{ $v.mail.passwordKey }}
{{- end }}
{{- range $name, $secretKey := .meta.secrets }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $v.secrets.app }}
      key: {{ $secretKey }}
{{- end }}
{{- if .meta.media }}
{{- $media := include "dozo.mediaCredentials" .root | fromJson }}
- name: DOZO_S3_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $media.name }}
      key: {{ $media.accessKey }}
- name: DOZO_S3_SECRET_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $media.name }}
      key: {{ $media.secretKey }}
{{- if eq (include "dozo.rook" .root) "true" }}
{{- /* Not in the ConfigMap: Kubernetes expands $(BUCKET_HOST) in env values only, never in envFrom. */}}
{{- include "dozo.mediaBucketEnv" .root }}
- name: DOZO_S3_ENDPOINT
  value: {{ include "dozo.mediaEndpoint" .root | quote }}
- name: DOZO_S3_BUCKET
  value: "$(BUCKET_NAME)"
{{- end }}
{{- end }}
{{- end }}

{{/*
Non-secret environment of one service as a JSON object (ctx: dict root key meta): the ConfigMap's data, and
the env of the migration Job (which cannot read the ConfigMap: pre-upgrade runs before it is updated).
*/}}
{{- define "dozo.serviceConfig" -}}
{{- $root := .root }}
{{- $svc := include "dozo.serviceValues" (dict "root" $root "key" .key) | fromJson }}
{{- /* Health, metrics and OpenAPI answer on the management port only: probes and Prometheus use it, the
       Ingress and the other services never reach it. */}}
{{- $c := dict "QUARKUS_HTTP_PORT" "8080" "QUARKUS_MANAGEMENT_PORT" "9000" "QUARKUS_LOG_CONSOLE_JSON_ENABLED" "true" }}
{{- $_ := set $c "JAVA_TOOL_OPTIONS" (printf "-XX:MaxRAMPercentage=%v" $svc.javaMaxRamPercentage) }}
{{- $_ := set $c "MP_JWT_VERIFY_PUBLICKEY_LOCATION" "/etc/dozo/jwt/public.pem" }}
{{- if .meta.signsTokens }}
{{- $_ := set $c "SMALLRYE_JWT_SIGN_KEY_LOCATION" "/etc/dozo/jwt/private.pem" }}
{{- end }}
{{- if .meta.database }}
{{- $_ := set $c "QUARKUS_DATASOURCE_JDBC_URL" (include "dozo.jdbcUrl" (dict "root" $root "database" .meta.database)) }}
{{- $_ := set $c "QUARKUS_DATASOURCE_USERNAME" (include "dozo.dbUser" .key) }}
{{- $_ := set $c "QUARKUS_FLYWAY_MIGRATE_AT_START" "false" }}
{{- end }}
{{- if .meta.media }}
{{- if ne (include "dozo.rook" $root) "true" }}
{{- $_ := set $c "DOZO_S3_ENDPOINT" (include "dozo.mediaEndpoint" $root) }}
{{- $_ := set $c "DOZO_S3_BUCKET" $root.Values.objectStorage.bucket }}
{{- end }}
{{- $_ := set $c "DOZO_S3_REGION" $root.Values.objectStorage.region }}
{{- end }}
{{- range $callee := .meta.calls }}
{{- $_ := set $c (printf "QUARKUS_REST_CLIENT_%s_URL" (upper $callee)) (printf "http://%s:8080" (include "dozo.serviceName" (dict "root" $root "key" $callee))) }}
{{- end }}
{{- /* Behind the Ingress: the shopper's address (review limit, sign-in throttle) and https (Secure cookies) come
       from X-Forwarded-For/-Proto, believed only from trustedProxies (the Ingress controller, the storefront). */}}
{{- if .meta.linksToShop }}
{{- $ing := $root.Values.ingress }}
{{- $shopUrl := printf "%s://%s" (ternary "https" "http" $ing.tls.enabled) $ing.host }}
{{- if eq .key "backoffice" }}
{{- $_ := set $c "DOZO_BACKOFFICE_STOREFRONT_URL" $shopUrl }}
{{- else }}
{{- $_ := set $c "DOZO_SHOP_PUBLIC_URL" $shopUrl }}
{{- end }}
{{- end }}
{{- if .meta.sendsMail }}
{{- $mail := $root.Values.mail }}
{{- $_ := set $c "QUARKUS_MAILER_MOCK" "false" }}
{{- $_ := set $c "QUARKUS_MAILER_HOST" $mail.host }}
{{- $_ := set $c "QUARKUS_MAILER_PORT" (toString $mail.port) }}
{{- $_ := set $c "QUARKUS_MAILER_START_TLS" $mail.startTls }}
{{- $_ := set $c "QUARKUS_MAILER_TLS" (toString $mail.tls) }}
{{- $_ := set $c "QUARKUS_MAILER_FROM" $mail.from }}
{{- with $mail.username }}
{{- $_ := set $c "QUARKUS_MAILER_USERNAME" . }}
{{- end }}
{{- $_ := set $c "DOZO_SHOP_CONTACT_EMAIL" $mail.contactEmail }}
{{- $_ := set $c "DOZO_MAIL_MESSAGE_ID_DOMAIN" $root.Values.ingress.host }}
{{- end }}
{{- if .meta.trustsProxies }}
{{- $_ := set $c "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING" "true" }}
{{- $_ := set $c "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED" "true" }}
{{- $_ := set $c "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES" (join "," $root.Values.trustedProxies) }}
{{- end }}
{{- toJson $c }}
{{- end }}

{{/* The database user of one service. */}}
{{- define "dozo.dbUser" -}}
{{- printf "dozo_%s" . }}
{{- end }}

{{/* The off-site bucket in the mariadb-operator's S3 format (ctx: dict root prefix). */}}
{{- define "dozo.operatorOffsiteS3" -}}
{{- $o := .root.Values.backup.offsite }}
bucket: {{ $o.bucket }}
prefix: {{ .prefix }}
endpoint: {{ $o.endpoint }}
region: {{ $o.region }}
accessKeyIdSecretKeyRef:
  name: {{ $o.credentialsSecret }}
  key: access-key
secretAccessKeySecretKeyRef:
  name: {{ $o.credentialsSecret }}
  key: secret-key
tls:
  enabled: {{ $o.tls }}
{{- end }}

{{/* Pod spec of an rclone copy between the media bucket and the off-site bucket (ctx: dict root source destination). */}}
{{- define "dozo.mediaCopyPod" -}}
{{- $root := .root }}
{{- $b := $root.Values.backup -}}
restartPolicy: Never
automountServiceAccountToken: false
enableServiceLinks: false
securityContext:
  {{- include "dozo.podSecurityContext" 65534 | nindent 2 }}
containers:
  - name: rclone
    image: {{ $root.Values.tools.rcloneImage }}
    command: ["/bin/sh", "/dozo-scripts/media-mirror.sh"]
    env:
      - name: SOURCE
        value: {{ .source | quote }}
      - name: DESTINATION
        value: {{ .destination | quote }}
      - name: HOME
        value: /tmp
      - name: RCLONE_CONFIG
        value: /tmp/rclone.conf
      {{- $media := include "dozo.mediaCredentials" $root | fromJson }}
      {{- include "dozo.mediaBucketEnv" $root | nindent 6 }}
      {{- include "dozo.rcloneRemoteEnv" (dict "name" "media" "endpoint" (include "dozo.mediaEndpoint" $root) "region" $root.Values.objectStorage.region "secret" $media.name "accessKey" $media.accessKey "secretKey" $media.secretKey) | nindent 6 }}
      {{- include "dozo.rcloneRemoteEnv" (dict "name" "offsite" "endpoint" (include "dozo.offsiteEndpoint" $root) "region" $b.offsite.region "secret" $b.offsite.credentialsSecret) | nindent 6 }}
    resources:
      {{- toYaml $b.resources | nindent 6 }}
    securityContext:
      {{- include "dozo.containerSecurityContext" . | nindent 6 }}
    volumeMounts:
      - name: tmp
        mountPath: /tmp
      - name: dozo-scripts
        mountPath: /dozo-scripts
        readOnly: true
volumes:
  - name: tmp
    emptyDir:
      sizeLimit: 256Mi
  - name: dozo-scripts
    configMap:
      name: {{ include "dozo.fullname" $root }}-backup-scripts
{{- end }}

{{/*
Annotations of a Job that runs once per release (ctx: dict root hook weight): a Helm hook, or with
helmHooks=false a plain Job that records which hook it stands for (kustomize base, GitOps tools).
*/}}
{{- define "dozo.hookAnnotations" -}}
annotations:
{{- if .root.Values.helmHooks }}
  helm.sh/hook: {{ .hook }}
  helm.sh/hook-weight: {{ .weight | quote }}
  helm.sh/hook-delete-policy: before-hook-creation
{{- else }}
  dozo.shop/helm-hook: {{ .hook }}
{{- end }}
{{- end }}

{{/*
One of the MariaDB settings files shared with `./dozo up --cluster` (files/mariadb/), without its comment lines
and blank lines (ctx: dict root file).
*/}}
{{- define "dozo.cnfFragment" -}}
{{- $lines := list }}
{{- range $line := splitList "\n" (.root.Files.Get (printf "files/mariadb/%s" .file)) }}
{{- if and (trim $line) (not (hasPrefix "#" (trim $line))) }}
{{- $lines = append $lines (trim $line) }}
{{- end }}
{{- end }}
{{- join "\n" $lines }}
{{- end }}
