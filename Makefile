# Akhbar: a thin wrapper over Maven and the scripts in deploy/.
#   make run     start Kafka + Elasticsearch, build, start the services, feed the demo corpus
#   make test    unit, integration and end-to-end tests against the real broker and node, and examples/
#   make up | down | status      the local infrastructure (and services) alone
#   make search Q="..."          query the search service's API from the terminal (curl)
#   make release-events | docs-events   the contract for other teams: artifact in dist/maven, HTML docs

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
JDK_MAJOR := $(shell deploy/bin/find-jdk --major)
ifeq ($(shell [ "$(JDK_MAJOR)" -ge 24 ] && echo yes),yes)
export MAVEN_OPTS := $(strip $(MAVEN_OPTS) --sun-misc-unsafe-memory-access=allow)
endif

MVN ?= mvn
MVN_FLAGS ?= -B -ntp -Dstyle.color=never
INFRA := deploy/local/bin/infra
SERVICES := deploy/demo/services
CLI := $(MVN) $(MVN_FLAGS) -q -pl services/pipeline exec:java
RUN_DIR := deploy/demo/.run
# The modules every service builds on (contract, stage support, test support): installed before a
# target runs one service's tools alone (-pl services/x), so that x resolves them.
SHARED := services/events,services/support,services/test-support
# make train-ner: the folder of CoNLL training files (see its README); NER_ARGS="-Dner.languages=en ..." for TrainNer
CORPUS ?= ../shared/ner-train

.PHONY: help up down status build run test search fmt fmt-check chaos bench-pipeline \
        bench-extract bench-enrich bench-index bench-search bench-import bench-seen train-ner extract \
        train-page-types enrich k8s-validate images release-events docs-events examples-test k8s-generate

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
	@echo "Search page and API: $$($(SERVICES) url search)/   (OpenAPI: $$($(SERVICES) url search)/q/openapi)"
	@echo "Services and infrastructure keep running: try  make search Q=\"روسيا\"  ;  make down  stops everything."

# Brings the infrastructure up for the tests and down again if it was not running before.
test:
	@$(SERVICES) stop >/dev/null
	@if $(INFRA) status >/dev/null 2>&1; then started=0; else started=1; $(INFRA) up || exit 1; fi; \
	deploy/local/bin/selftest && $(MVN) $(MVN_FLAGS) verify \
	  && $(MAKE) --no-print-directory examples-test RELEASE_FLAGS=-DskipTests; rc=$$?; \
	if [ $$started = 1 ]; then $(INFRA) down; fi; \
	exit $$rc

# One GET on the running search service (make run): top hits, or the raw JSON with RAW=1.
search: export Q := $(Q)
search:
	@test -n "$$Q" || { echo 'usage: make search Q="words" [SIZE=5] [RAW=1]'; exit 2; }
	@url="$$($(SERVICES) url search)/api/search"; \
	out=$$(curl -sS -G --max-time 10 --data-urlencode "q=$$Q" --data-urlencode "size=$(or $(SIZE),5)" "$$url") \
	  || { echo "search: no answer from $$url (is it running? make run)"; exit 1; }; \
	if [ -n "$(RAW)" ] || ! command -v jq >/dev/null; then echo "$$out"; else \
	  echo "$$out" | jq -r 'if .hits then "\(.total) articles", (.hits | to_entries[] | "\(.key + 1). \(.value.title)\n   \(.value.siteName // .value.source) · \(.value.date) · \(.value.language) · id \(.value.id)\n   \(.value.snippet)") else "\(.error): \(.message)" end'; fi

fmt:
	$(MVN) $(MVN_FLAGS) -q spotless:apply
	$(MVN) $(MVN_FLAGS) -q -f deploy/local/pom.xml spotless:apply

fmt-check:
	$(MVN) $(MVN_FLAGS) -q spotless:check
	$(MVN) $(MVN_FLAGS) -q -f deploy/local/pom.xml spotless:check

# --- Benchmarks and harnesses (figures are printed, never asserted in unit tests) ---
# The fault suite on the real local Kafka and Elasticsearch with the packaged services as processes:
#   make chaos [ONLY=kill-broker,write-block] [PAGES=300] [ARGS="--es-outage 120 ..."]
chaos:
	@$(INFRA) up
	@echo "== building (mvn install -DskipTests)"
	@$(MVN) $(MVN_FLAGS) -q install -DskipTests
	@$(MVN) $(MVN_FLAGS) -q -pl services/pipeline exec:java@chaos -Dakhbar.repo.root=$(CURDIR) \
	  -Dchaos.args="$(if $(ONLY),--only $(ONLY)) $(if $(PAGES),--pages $(PAGES)) $(ARGS)"

# Throughput of the whole pipeline: the packaged services as processes (JVM options of
# deploy/demo/service-jvm.options) on the real local Kafka and Elasticsearch:
#   make bench-pipeline [PAGES=5000] [RUNS=3] [ARGS="--feed import --rate 50 --jfr --source DIR|WARC"]
bench-pipeline:
	@$(INFRA) up
	@echo "== building (mvn install -DskipTests)"
	@$(MVN) $(MVN_FLAGS) -q install -DskipTests
	@$(MVN) $(MVN_FLAGS) -q -pl services/pipeline exec:java@bench-pipeline -Dakhbar.repo.root=$(CURDIR) \
	  -Dbench.args="$(if $(PAGES),--pages $(PAGES)) $(if $(RUNS),--runs $(RUNS)) $(ARGS)"

bench-index: ## documents/s through the indexer vs a plain bulk loader on the same node
	@$(INFRA) up
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl services/indexer -am
	$(MVN) $(MVN_FLAGS) -q -pl services/indexer exec:java@bench-index $(if $(DOCS),-Dakhbar.bench.docs=$(DOCS))

bench-import: ## import >= 2,000 real pages (>= 500 MB of HTML) as a folder and as a WARC into the fetcher at -Xmx384m: pages/s, heap
	@$(INFRA) up
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl services/fetcher -am
	$(MVN) $(MVN_FLAGS) -q -pl services/fetcher test-compile exec:java@bench-import $(if $(PAGES),-Dakhbar.bench.pages=$(PAGES))

bench-seen: ## restart the fetcher (-Xmx384m) over 5 M URLs in its seen topic: time to ready (3 runs), heap
	@$(INFRA) up
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl services/fetcher -am
	$(MVN) $(MVN_FLAGS) -q -pl services/fetcher test-compile exec:java@bench-seen $(if $(URLS),-Dakhbar.bench.urls=$(URLS))

bench-enrich: ## entity P/R/F1 per type and quote attribution on the eval sets, articles/s, model load time, heap (own JVM, -Xmx384m); CONLL=file.conll [LANG=ar|en] also scores the enricher on an annotated CoNLL file
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl $(SHARED) -am
	LANG=C.UTF-8 $(MVN) $(MVN_FLAGS) -q -pl services/enricher test-compile exec:exec@bench-enrich \
	  $(if $(CONLL),-Dbench.conll="$(abspath $(CONLL))") \
	  $(if $(filter command line,$(origin LANG)),-Dbench.lang=$(LANG))

train-ner: ## rebuild the Arabic and English name-finder models from CORPUS (default ../shared/ner-train): prints development P/R/F1, writes services/enricher/src/main/resources/.../entities/model
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl $(SHARED) -am
	LANG=C.UTF-8 nice -n 10 $(MVN) $(MVN_FLAGS) -q -pl services/enricher test-compile exec:java@train-ner \
	  -Dner.corpus="$(abspath $(CORPUS))" $(NER_ARGS)

enrich: ## make enrich IN=articles.jsonl OUT=enriched.jsonl
	@test -n "$(IN)" -a -n "$(OUT)" || { echo 'usage: make enrich IN=<articles.jsonl> OUT=<enriched.jsonl>'; exit 2; }
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl $(SHARED) -am
	$(MVN) $(MVN_FLAGS) -q -pl services/enricher compile exec:java@enrich -Denrich.in=$(abspath $(IN)) -Denrich.out=$(abspath $(OUT))

extract: ## make extract IN=<folder of *.html[.gz]> OUT=<file.json> [URLS=<json id -> url>]
	@test -n "$(IN)" -a -n "$(OUT)" || { echo 'usage: make extract IN=<folder> OUT=<file.json> [URLS=<ids.json>]'; exit 2; }
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl $(SHARED) -am
	$(MVN) $(MVN_FLAGS) -q -pl services/parser compile exec:java@extract -Dextract.in="$(abspath $(IN))" -Dextract.out="$(abspath $(OUT))" $(if $(URLS),-Dextract.urls="$(abspath $(URLS))")

bench-search: ## p50/p95/p99 of /api/search, 20 concurrent clients, 10,000 articles indexed by the real indexer
	@$(INFRA) up
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl services/search -am
	$(MVN) $(MVN_FLAGS) -q -pl services/search exec:java@bench-search $(if $(DOCS),-Dakhbar.bench.docs=$(DOCS)) $(if $(REQUESTS),-Dakhbar.bench.requests=$(REQUESTS)) $(if $(WARMUP),-Dakhbar.bench.warmup=$(WARMUP)) $(if $(DUMP),-Dakhbar.bench.dump=$(abspath $(DUMP)))

bench-extract: ## F1/precision/recall on ../shared/bench/extraction-scrapinghub vs peers and Readability4J, pages/s, heap
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl $(SHARED) -am
	$(MVN) $(MVN_FLAGS) -q -pl services/parser test-compile exec:exec@bench-extract

train-page-types: ## retrain the parser's article/other-page model (page-types.model) on the development sets in ../shared/bench
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl $(SHARED) -am
	$(MVN) $(MVN_FLAGS) -q -pl services/parser test-compile exec:exec@train-page-types

k8s-validate: ## render every overlay (kubectl kustomize) and validate against Kubernetes, Strimzi, ECK, KEDA schemas and our config (unit tests need no kubectl; the rendered checks run in verify)
	$(MVN) $(MVN_FLAGS) -pl deploy/k8s/validator -am verify

k8s-generate: ## write deploy/k8s's Kafka wiring (KafkaTopics, KafkaUsers, env ConfigMaps) from topics.tsv, the services' application.properties and deploy/k8s/wiring
	$(MVN) $(MVN_FLAGS) -q install -DskipTests -pl services/events -am
	$(MVN) $(MVN_FLAGS) -q -pl deploy/k8s/validator compile exec:java@k8s-generate

images: ## container images with Jib: make images [REGISTRY=registry.example.com/akhbar TAG=1.2.3]
	$(MVN) $(MVN_FLAGS) package -DskipTests -am \
	  -pl services/fetcher,services/parser,services/enricher,services/indexer,services/search \
	  -Dquarkus.container-image.build=true -Dquarkus.container-image.group=akhbar \
	  $(if $(REGISTRY),-Dquarkus.container-image.registry=$(REGISTRY) -Dquarkus.container-image.push=true) \
	  $(if $(TAG),-Dquarkus.container-image.tag=$(TAG))

# --- The contract for other teams (docs/consumers.md) ---
EVENTS_VERSION ?= 1.0.0

release-events: ## the contract artifact dev.akhbar:akhbar-events:$(EVENTS_VERSION) (jar, sources, javadoc) into dist/maven
	$(MVN) $(MVN_FLAGS) -q -pl services/events -Prelease-events -Drevision=$(EVENTS_VERSION) $(RELEASE_FLAGS) deploy
	@echo "dev.akhbar:akhbar-events:$(EVENTS_VERSION) -> dist/maven/dev/akhbar/akhbar-events/$(EVENTS_VERSION):"
	@ls dist/maven/dev/akhbar/akhbar-events/$(EVENTS_VERSION) | grep -v -e '\.md5$$' -e '\.sha1$$' | sed 's/^/  /'

docs-events: ## the event contract as HTML: target/docs/events/index.html and schemas/, from docs/asyncapi.yaml
	@deploy/bin/npm-ci services/events/asyncapi/html
	@rm -rf target/docs/events && mkdir -p target/docs/events/schemas
	@cd services/events/asyncapi/html && node render.mjs $(CURDIR)/docs/asyncapi.yaml $(CURDIR)/target/docs/events 2>&1 | grep -v '^\[BABEL\]'
	@cp services/events/src/main/resources/dev/akhbar/events/schemas/*.json target/docs/events/schemas/
	@echo "open target/docs/events/index.html (schemas/ beside it: what https://akhbar.dev/schemas/ serves)"

# The two example consumers of examples/, against the running broker (make test runs this).
examples-test: release-events
	cd examples/java-consumer && $(MVN) $(MVN_FLAGS) -q verify
	@deploy/bin/npm-ci examples/node-consumer
	cd examples/node-consumer && npm test --silent
