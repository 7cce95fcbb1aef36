{{/* The chart's name. */}}
{{- define "kro.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The prefix of object names: the release name, with the chart name unless the release name contains it. */}}
{{- define "kro.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "kro.controller.fullname" -}}
{{- printf "%s-controller" (include "kro.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "kro.console.fullname" -}}
{{- printf "%s-console" (include "kro.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "kro.controller.serviceAccountName" -}}
{{- default (include "kro.controller.fullname" .) .Values.controller.serviceAccount.name }}
{{- end }}

{{- define "kro.console.serviceAccountName" -}}
{{- default (include "kro.console.fullname" .) .Values.console.serviceAccount.name }}
{{- end }}

{{/* Labels on every object. */}}
{{- define "kro.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/name: {{ include "kro.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: kro
{{- end }}

{{/* Selector labels of one component; call with (dict "root" $ "component" "controller"). */}}
{{- define "kro.selectorLabels" -}}
app.kubernetes.io/name: {{ include "kro.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* All labels of one component; call with (dict "root" $ "component" "controller"). */}}
{{- define "kro.componentLabels" -}}
{{ include "kro.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* An image reference; call with (dict "root" $ "image" .Values.controller.image). */}}
{{- define "kro.image" -}}
{{- printf "%s:%s" .image.repository (default .root.Chart.AppVersion .image.tag) }}
{{- end }}
