fn main() {
    score_readiness::host::start();
}
