# The README's two commands: `make run` and `make check`.  CMake does the
# building; this file only picks the build directory and the flags.
BUILD      ?= build
CHECKBUILD ?= build-check
DB         ?= sb40.db
PORT       ?= 8040
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps build run check bench clean

all: build

deps:
	@sh scripts/deps.sh build

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DSB40_WERROR=ON >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

$(DB): | build
	@./$(BUILD)/sb40 demo --db $(DB)

run: build $(DB)
	@./$(BUILD)/sb40 serve --db $(DB) --port $(PORT) --bind 127.0.0.1

check:
	@sh scripts/deps.sh check
	@cmake -S . -B $(CHECKBUILD) -DCMAKE_BUILD_TYPE=Debug -DSB40_WERROR=ON -DSB40_SANITIZE=ON >/dev/null
	@cmake --build $(CHECKBUILD) -j $(JOBS)
	@cd $(CHECKBUILD) && ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory build
	@sh tests/valgrind.sh $(BUILD)/sb40

bench: build
	@sh scripts/deps.sh bench
	@for b in bench/*/run.sh; do echo "== $$b"; sh $$b $(BUILD)/sb40 || exit 1; done

clean:
	rm -rf $(BUILD) $(CHECKBUILD)
