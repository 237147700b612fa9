/** Identification marks in a site's footer: 网站标识码, ICP 备案号, 公安机关备案号, the conac badge, 主办单位. */
@NullMarked
package org.goveval.monitor.content.marks;

import org.jspecify.annotations.NullMarked;
