// Tests run in Node and may use node: modules. The library sources never do:
// test/compatibility.test.ts scans them, and package-checks scans the bundle.
/// <reference types="node" />

