// Common given names across languages: a capitalised word from this list opens a person's name.
export const GIVEN_NAMES = `
Aaron Abdul Abdullah Adam Adrian Ahmad Ahmed Aisha Akira Alan Albert Alberto Alejandro Alex Alexander Alexandra Alexei Alfred
Ali Alice Alicia Alison Amanda Amir Amy Ana Andrea Andreas Andrei Andrew Andy Angela Angelo Ann Anna Anne Anthony Antonio
Arthur Ashley Barack Barbara Ben Benjamin Bernard Bill Bob Boris Brad Brandon Brian Bruce Bruno Carl Carlos Carmen Carol
Caroline Catherine Charles Charlie Chris Christian Christina Christine Christopher Claire Claudia Colin Craig Daniel
Danny David Deborah Dennis Diana Diego Dmitry Donald Doug Douglas Edward Elena Elizabeth Ellen Emily Emma Emmanuel Eric
Erik Eva Fatima Felipe Fernando Francesco Francis Francisco Frank Fred Gabriel Gary George Gerhard Giovanni Giuseppe Gordon
Greg Gregory Hans Harold Harry Heather Helen Helmut Henry Hiroshi Hugo Hussein Ian Ibrahim Igor Isabel Ivan Jack Jacob
Jacques James Jamie Jan Jane Janet Jason Javier Jean Jeff Jeffrey Jennifer Jeremy Jessica Jim Joan Joe John Jon Jonathan
Jorge Jose José Joseph Joshua Juan Julia Julian Julie Justin Karen Karl Kate Katherine Kathleen Keith Kelly Ken Kenji
Kenneth Kevin Kim Klaus Kurt Larry Laura Lauren Lee Leon Li Linda Lisa Liu Louis Lucas Luis Luke Maria Marie Mario Mark
Martin Mary Masahisa Matt Matthew Mauricio Max Maria Melissa Michael Michel Michelle Miguel Mike Mikhail Mohamed Mohammad
Mohammed Muhammad Nancy Naoto Natalia Nathan Neil Nicholas Nick Nicola Nicolas Nikolai Nina Noah Olga Oliver Olivia Omar
Oscar Pablo Pamela Patricia Patrick Paul Paula Pedro Peter Philip Philippe Pierre Rachel Rafael Ralph Ramon Raul Ray
Raymond Rebecca Richard Rick Rita Robert Roberto Robin Roger Ronald Rose Ruth Ryan Sally Salman Sam Samuel Sandra Sara Sarah
Scott Sean Sebastian Sergei Sergey Shinzo Shigeru Simon Sophie Stefan Stephen Steve Steven Susan Takeshi Taro Ted Teresa
Thomas Tim Timothy Tom Tony Valerie Victor Vincent Vladimir Walter Wang Wei William Willie Xavier Yoshihide Yuki Yuri Zhang
Jose Marco Luca Sven Lars Olaf Ingrid Astrid Ahmet Mehmet Mustafa Yusuf Hassan Hasan Khalid Tariq Rashid Sanjay Rahul Raj
Priya Narendra Rajiv Amit Vijay Deepak Anil Sunil Kofi Kwame Nelson Desmond Jacinda Scott Malcolm Kevin Joko Rodrigo
Ferdinand Xi Hu Jiang Deng Mao Chen Lin Huang Zhao Moon Park Yoon Fumio Junichiro Yukio Tsai Ma Lai Ko Nguyen Tran Le Pham
Hori Buck Jon Joe Kamala Hillary Bernie Nancy Mitch Chuck Rishi Liz Theresa Tony Gordon Keir Emmanuel Angela Olaf Giorgia
Recep Volodymyr Benjamin Ehud Yair Naftali Mahmoud Bashar Vladimir Alexei Sergei Jens Ursula Charles Harry William Kate
Meghan Elon Jeff Mark Tim Sundar Satya Warren Jerome Janet Christine Mario Ben Alan Paul Gerry Martin Leo Enda Bertie
`.trim().split(/\s+/);
