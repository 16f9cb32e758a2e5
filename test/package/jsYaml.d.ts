// js-yaml comes with electron-builder, which reads electron-builder.yml with it; only `load` is used.
declare module 'js-yaml' {
  const yaml: { load(text: string): unknown };
  export default yaml;
}
