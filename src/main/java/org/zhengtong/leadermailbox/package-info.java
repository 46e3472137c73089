/**
 * 领导信箱: a staff member writes to a leader of his unit; only the leader and the people the leader names (his
 * secretary …) read the letter, answer it directly or forward it to a department for a draft answer (a process on the
 * engine) and send the answer back to the writer; an anonymous letter keeps no trace of its writer, who reads the
 * answer with the reply code shown once at sending. Statistics count letters without their content.
 */
@org.springframework.modulith.ApplicationModule(displayName = "领导信箱")
package org.zhengtong.leadermailbox;
