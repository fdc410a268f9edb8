# Thin entry points; CMake presets do the work.
PROJECT ?=
PRESET_TEST := $(if $(CI),ci,dev)

.PHONY: deps run test bench build-release build-test screenshots clean

deps:
	@bash packaging/install-deps.sh

build-release: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release

build-test: deps
	@cmake --preset $(PRESET_TEST) >/dev/null
	@cmake --build --preset $(PRESET_TEST)

run: build-release
	@if [ -z "$(PROJECT)" ]; then \
	    [ -d build/demo-project/.mlwb ] || build/release/app/cli/mlwb demo build/demo-project; \
	    build/release/app/gui/mlwb-gui build/demo-project; \
	else build/release/app/gui/mlwb-gui "$(PROJECT)"; fi

test: build-test
	@ctest --preset $(PRESET_TEST) -j2

bench: build-release
	@bash tests/bench/run.sh build/release

screenshots: build-release
	@bash tests/screenshots.sh build/release

clean:
	rm -rf build
