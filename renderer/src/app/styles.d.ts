/** Vite bundles a side-effect CSS import (antd's static sheet) into the page's stylesheet. */
declare module '*.css';
