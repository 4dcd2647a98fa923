# Akhbar: a thin wrapper over Maven and the scripts in deploy/.
#   make run     start Kafka + Elasticsearch, build, start the four services, feed the demo corpus
#   make test    unit, integration and end-to-end tests against the real broker and node
#   make up | down | status      the local infrastructure (and services) alone
#   make search Q="..."          query the index from the terminal

SHELL := /bin/bash
.DEFAULT_GOAL := help

# A JDK 21+: JAVA_HOME if it is one, else `java` on the PATH, else any under /usr/lib/jvm.
JDK := $(shell deploy/bin/find-jdk)
ifeq ($(JDK),)
$(error No JDK 21+ found: set JAVA_HOME to one)
endif
export JAVA_HOME := $(JDK)
export PATH := $(JDK)/bin:$(PATH)
# Maven 3.8's bundled Guava warns about sun.misc.Unsafe on JDK 24+; allow it quietly there.
JDK_MAJOR := $(shell "$(JDK)/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
ifeq ($(shell [ "$(JDK_MAJOR)" -ge 24 ] && echo yes),yes)
export MAVEN_OPTS := $(strip $(MAVEN_OPTS) --sun-misc-unsafe-memory-access=allow)
endif

MVN ?= mvn
MVN_FLAGS ?= -B -ntp -Dstyle.color=never
INFRA := deploy/local/bin/infra
SERVICES := deploy/demo/services
CLI := $(MVN) $(MVN_FLAGS) -q -pl services/pipeline exec:java
RUN_DIR := deploy/demo/.run

.PHONY: help up down status build run test search fmt fmt-check \
        bench-extract bench-enrich bench-index extract train-page-types enrich k8s-validate images

help:
	@sed -n 's/^#   //p' $(MAKEFILE_LIST)

up: ## start Kafka and Elasticsearch (built from Maven Central on first use)
	@$(INFRA) up

down: ## stop the services and the infrastructure
	@$(SERVICES) stop
	@$(INFRA) down

status:
	@$(INFRA) status; $(SERVICES) status || true

build:
	@echo "== building (mvn install -DskipTests)"
	@$(MVN) $(MVN_FLAGS) -q install -DskipTests

run: up build
	@echo "== starting services"
	@$(SERVICES) start
	@$(CLI) -Dexec.args="baseline $(CURDIR)/$(RUN_DIR)/baseline.json"
	@echo "== feeding the demo corpus (deploy/demo/corpus)"
	@$(SERVICES) feed deploy/demo/corpus
	@$(CLI) -Dexec.args="watch $(CURDIR)/$(RUN_DIR)/baseline.json --timeout 240"
	@echo
	@echo "Services and infrastructure keep running: try  make search Q=\"روسيا\"  ;  make down  stops everything."

# Brings the infrastructure up for the tests and down again if it was not running before.
test:
	@$(SERVICES) stop >/dev/null
	@if $(INFRA) status >/dev/null 2>&1; then started=0; else started=1; $(INFRA) up || exit 1; fi; \
	deploy/local/bin/selftest && $(MVN) $(MVN_FLAGS) verify; rc=$$?; \
	if [ $$started = 1 ]; then $(INFRA) down; fi; \
	exit $$rc

search:
	@test -n "$(Q)" || { echo 'usage: make search Q="words"'; exit 2; }
	@$(CLI) -Dexec.args="search $(Q)"

fmt:
	$(MVN) $(MVN_FLAGS) -q spotless:apply
	$(MVN) $(MVN_FLAGS) -q -f deploy/local/pom.xml spotless:apply

fmt-check:
	$(MVN) $(MVN_FLAGS) -q spotless:check
	$(MVN) $(MVN_FLAGS) -q -f deploy/local/pom.xml spotless:check

# --- Benchmarks and harnesses (figures are printed, never asserted in unit tests) ---
bench-index: ## documents/s through the indexer vs a plain bulk loader on the same node
	@$(INFRA) up
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl services/indexer -am
	$(MVN) $(MVN_FLAGS) -q -pl services/indexer exec:java@bench-index $(if $(DOCS),-Dakhbar.bench.docs=$(DOCS))

bench-enrich: ## precision/recall/F1 per entity type and for quote attribution, articles/s, heap
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl services/events
	$(MVN) $(MVN_FLAGS) -q -pl services/enricher test-compile exec:java@bench-enrich

enrich: ## make enrich IN=articles.jsonl OUT=enriched.jsonl
	@test -n "$(IN)" -a -n "$(OUT)" || { echo 'usage: make enrich IN=<articles.jsonl> OUT=<enriched.jsonl>'; exit 2; }
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl services/events
	$(MVN) $(MVN_FLAGS) -q -pl services/enricher compile exec:java@enrich -Denrich.in=$(abspath $(IN)) -Denrich.out=$(abspath $(OUT))

extract: ## make extract IN=<folder of *.html[.gz]> OUT=<file.json> [URLS=<json id -> url>]
	@test -n "$(IN)" -a -n "$(OUT)" || { echo 'usage: make extract IN=<folder> OUT=<file.json> [URLS=<ids.json>]'; exit 2; }
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl services/events
	$(MVN) $(MVN_FLAGS) -q -pl services/parser compile exec:java@extract -Dextract.in="$(abspath $(IN))" -Dextract.out="$(abspath $(OUT))" $(if $(URLS),-Dextract.urls="$(abspath $(URLS))")

bench-extract: ## F1/precision/recall on ../shared/bench/extraction-scrapinghub vs peers and Readability4J, pages/s, heap
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl services/events
	$(MVN) $(MVN_FLAGS) -q -pl services/parser test-compile exec:exec@bench-extract

train-page-types: ## retrain the parser's article/other-page model (page-types.model) on the development sets in ../shared/bench
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl services/events
	$(MVN) $(MVN_FLAGS) -q -pl services/parser test-compile exec:exec@train-page-types

k8s-validate: ## render every overlay (kubectl kustomize) and validate against Kubernetes, Strimzi, ECK, KEDA schemas and our config
	$(MVN) $(MVN_FLAGS) -pl deploy/k8s/validator -am test

images: ## container images with Jib: make images [REGISTRY=registry.example.com/akhbar TAG=1.2.3]
	$(MVN) $(MVN_FLAGS) package -DskipTests -am \
	  -pl services/fetcher,services/parser,services/enricher,services/indexer \
	  -Dquarkus.container-image.build=true -Dquarkus.container-image.group=akhbar \
	  $(if $(REGISTRY),-Dquarkus.container-image.registry=$(REGISTRY) -Dquarkus.container-image.push=true) \
	  $(if $(TAG),-Dquarkus.container-image.tag=$(TAG))
