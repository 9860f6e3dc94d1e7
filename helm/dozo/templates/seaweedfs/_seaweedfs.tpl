{{/* Comma-separated master addresses of the bundled SeaweedFS. */}}
{{- define "dozo.seaweedfsMasters" -}}
{{- $sw := include "dozo.seaweedfsName" . }}
{{- $m := list }}
{{- range $i := until (int .Values.objectStorage.bundled.master.replicas) }}
{{- $m = append $m (printf "%s-master-%d.%s-master:9333" $sw $i $sw) }}
{{- end }}
{{- join "," $m }}
{{- end }}

{{/* Spread one SeaweedFS component over nodes: required in prod, preferred in dev (ctx: dict root component). */}}
{{- define "dozo.seaweedfsAffinity" -}}
podAntiAffinity:
  {{- if eq .root.Values.profile "prod" }}
  requiredDuringSchedulingIgnoredDuringExecution:
    - topologyKey: kubernetes.io/hostname
      labelSelector:
        matchLabels:
          {{- include "dozo.selectorLabels" . | nindent 10 }}
  {{- else }}
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "dozo.selectorLabels" . | nindent 12 }}
  {{- end }}
{{- end }}

{{- define "dozo.seaweedfsZoneSpread" -}}
- maxSkew: 1
  topologyKey: topology.kubernetes.io/zone
  whenUnsatisfiable: ScheduleAnyway
  labelSelector:
    matchLabels:
      {{- include "dozo.selectorLabels" . | nindent 6 }}
{{- end }}
