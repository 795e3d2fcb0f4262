// Tests run in Node and may use node: modules. The library sources never do (their
// tsconfig has no Node types; test/browser-safety.test.ts scans them).
/// <reference types="node" />

